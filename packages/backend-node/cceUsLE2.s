	.file	"fused-avx2.cc"
	.text
	.align 2
	.p2align 4
	.type	_ZZN2sc4avx212_GLOBAL__N_111column_sumsEPKfS3_S3_llPfENKUlllE_clEll, @function
_ZZN2sc4avx212_GLOBAL__N_111column_sumsEPKfS3_S3_llPfENKUlllE_clEll:
.LFB4258:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r15
	pushq	%r14
	pushq	%r13
	.cfi_offset 15, -24
	.cfi_offset 14, -32
	.cfi_offset 13, -40
	movq	%rdi, %r13
	pushq	%r12
	.cfi_offset 12, -48
	movq	%rsi, %r12
	pushq	%rbx
	.cfi_offset 3, -56
	movq	%rdx, %rbx
	andq	$-32, %rsp
	subq	$160, %rsp
	cmpq	%rdx, %rsi
	jge	.L5
	movq	(%rdi), %rax
	subq	%rsi, %rdx
	salq	$2, %rdx
	movq	(%rax), %rax
	leaq	(%rax,%rsi,4), %rdi
	xorl	%esi, %esi
	call	memset@PLT
.L5:
	movq	8(%r13), %rax
	movq	(%rax), %rax
	movq	%rax, 120(%rsp)
	testq	%rax, %rax
	jle	.L63
	movq	16(%r13), %rax
	movq	%r13, 88(%rsp)
	xorl	%r10d, %r10d
	xorl	%r9d, %r9d
	movq	%r12, 136(%rsp)
	movq	(%rax), %rcx
	movq	32(%r13), %rax
	movq	(%rax), %rsi
	movq	40(%r13), %rax
	movq	%rcx, 152(%rsp)
	movq	(%rax), %rax
	movq	%rsi, 144(%rsp)
	movq	%rax, 128(%rsp)
	movq	24(%r13), %rax
	movq	(%rax), %rax
	movq	%rax, 112(%rsp)
	leaq	0(,%rax,4), %r8
	leaq	4(,%r12,4), %rax
	leaq	(%rcx,%rax), %r11
	movq	%rbx, %rcx
	leaq	(%rsi,%rax), %rdx
	subq	$4, %rax
	subq	%r12, %rcx
	movq	%rax, 96(%rsp)
	movq	%rdx, %r13
	movq	%rcx, %rax
	leaq	-1(%rcx), %rdi
	movq	%rcx, 8(%rsp)
	shrq	$3, %rax
	movq	%rdi, 104(%rsp)
	salq	$5, %rax
	movq	%rax, 56(%rsp)
	movq	%rcx, %rax
	andq	$-8, %rax
	leaq	(%rax,%r12), %rdi
	movq	%rax, 40(%rsp)
	movq	%rdi, 48(%rsp)
	movq	%rcx, %rdi
	subq	%rax, %rcx
	andl	$7, %edi
	leaq	-1(%rcx), %rax
	movq	%rcx, 24(%rsp)
	movq	%rdi, 32(%rsp)
	movq	%rax, 16(%rsp)
	.p2align 4,,10
	.p2align 3
.L11:
	movq	152(%rsp), %rax
	cmpq	$0, 144(%rsp)
	leaq	(%rax,%r10), %rcx
	je	.L6
	cmpq	$0, 128(%rsp)
	vmovss	.LC0(%rip), %xmm1
	je	.L8
	movq	128(%rsp), %rax
	vmovss	(%rax,%r9,4), %xmm1
.L8:
	cmpq	%rbx, %r12
	jge	.L12
	movq	88(%rsp), %rax
	movq	104(%rsp), %r15
	movq	(%rax), %rax
	movq	(%rax), %rdx
	cmpq	$2, %r15
	jbe	.L33
	movq	96(%rsp), %rax
	leaq	(%rdx,%rax), %rdi
	movq	%rdi, %rax
	subq	%r13, %rax
	cmpq	$24, %rax
	jbe	.L33
	movq	%rdi, %rax
	subq	%r11, %rax
	cmpq	$24, %rax
	jbe	.L33
	cmpq	$6, %r15
	jbe	.L34
	movq	%rdx, 64(%rsp)
	movq	56(%rsp), %rdx
	leaq	-4(%r11), %r15
	xorl	%eax, %eax
	leaq	-4(%r13), %r14
	vbroadcastss	%xmm1, %ymm2
	.p2align 4,,10
	.p2align 3
.L15:
	vmovups	(%r15,%rax), %ymm3
	vmulps	(%r14,%rax), %ymm3, %ymm0
	vfmadd213ps	(%rdi,%rax), %ymm2, %ymm0
	vmovups	%ymm0, (%rdi,%rax)
	addq	$32, %rax
	cmpq	%rdx, %rax
	jne	.L15
	cmpq	$0, 32(%rsp)
	movq	64(%rsp), %rdx
	je	.L12
	cmpq	$2, 16(%rsp)
	movq	24(%rsp), %r14
	jbe	.L35
	movq	48(%rsp), %rdi
	movq	40(%rsp), %rax
	movq	%rdi, 80(%rsp)
.L14:
	movq	136(%rsp), %r15
	leaq	(%rax,%r12), %rdi
	vshufps	$0, %xmm1, %xmm1, %xmm2
	leaq	(%rdx,%rdi,4), %rdi
	addq	%r15, %rax
	movq	144(%rsp), %r15
	vmovups	(%r15,%rax,4), %xmm4
	movq	152(%rsp), %r15
	vmulps	(%r15,%rax,4), %xmm4, %xmm0
	movq	%r14, %rax
	vmovaps	%xmm4, 64(%rsp)
	vfmadd213ps	(%rdi), %xmm2, %xmm0
	andq	$-4, %rax
	vmovups	%xmm0, (%rdi)
	movq	80(%rsp), %rdi
	addq	%rdi, %rax
	andl	$3, %r14d
	je	.L12
.L18:
	movq	144(%rsp), %r15
	leaq	0(,%rax,4), %rdi
	leaq	(%rdx,%rdi), %r14
	movq	%r15, 64(%rsp)
	addq	%rdi, %r15
	vmovss	(%r15,%r10), %xmm0
	vmulss	(%rcx,%rax,4), %xmm0, %xmm0
	vfmadd213ss	(%r14), %xmm1, %xmm0
	vmovss	%xmm0, (%r14)
	leaq	1(%rax), %r14
	cmpq	%rbx, %r14
	jge	.L12
	movq	%rdi, 80(%rsp)
	movq	%rdi, %r14
	movq	64(%rsp), %rdi
	addq	$2, %rax
	addq	$4, %r14
	leaq	(%rdx,%r14), %r15
	addq	%rdi, %r14
	vmovss	(%r14,%r10), %xmm0
	movq	80(%rsp), %r14
	vmulss	4(%rcx,%r14), %xmm0, %xmm0
	vfmadd213ss	(%r15), %xmm1, %xmm0
	vmovss	%xmm0, (%r15)
	cmpq	%rax, %rbx
	jle	.L12
	leaq	8(%r14), %rax
	addq	%rax, %rdx
	addq	%rdi, %rax
	vmovss	(%rax,%r10), %xmm0
	vmulss	8(%rcx,%r14), %xmm0, %xmm0
	vfmadd213ss	(%rdx), %xmm0, %xmm1
	vmovss	%xmm1, (%rdx)
	.p2align 4,,10
	.p2align 3
.L12:
	movq	112(%rsp), %rcx
	addq	$1, %r9
	addq	%r8, %r11
	addq	%r8, %r10
	addq	%rcx, 136(%rsp)
	addq	%r8, %rsi
	addq	%r8, %r13
	cmpq	%r9, 120(%rsp)
	jne	.L11
	vzerouppe