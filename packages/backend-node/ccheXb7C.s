	.file	"kernels-avx512.cc"
	.text
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfENKUlllE_clEll, @function
_ZZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfENKUlllE_clEll:
.LFB4306:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	andq	$-64, %rsp
	.cfi_offset 15, -24
	.cfi_offset 14, -32
	.cfi_offset 13, -40
	.cfi_offset 12, -48
	.cfi_offset 3, -56
	movq	%rdx, -8(%rsp)
	movq	(%rdi), %rax
	movq	(%rax), %r11
	testq	%r11, %r11
	jle	.L26
	subq	%rsi, %rdx
	movq	8(%rdi), %rax
	movq	%rsi, %rcx
	leaq	-1(%rdx), %rbx
	movq	%rdx, %r10
	movq	%rdx, -32(%rsp)
	movq	%rbx, -16(%rsp)
	movq	%rdx, %rbx
	movq	(%rax), %r14
	shrq	$4, %r10
	movq	%rdx, %rax
	andq	$-16, %rbx
	salq	$6, %r10
	xorl	%edx, %edx
	movq	%rbx, -56(%rsp)
	andl	$15, %eax
	addq	%rsi, %rbx
	movq	%r14, %r12
	movq	%r10, -40(%rsp)
	movq	%rdi, %r10
	movq	%rbx, -64(%rsp)
	movq	%r11, %rbx
	movq	%rax, -48(%rsp)
	jmp	.L12
	.p2align 4,,10
	.p2align 3
.L3:
	addq	$1, %rdx
	cmpq	%rbx, %rdx
	je	.L29
.L12:
	movslq	(%r12,%rdx,4), %rax
	testl	%eax, %eax
	js	.L3
	movq	16(%r10), %rsi
	cmpq	(%rsi), %rax
	jge	.L3
	movq	24(%r10), %rsi
	movq	40(%r10), %rdi
	movq	(%rsi), %r8
	movq	32(%r10), %rsi
	movq	(%rdi), %r9
	movq	(%rsi), %rsi
	movq	%rsi, %r11
	imulq	%rax, %rsi
	movq	-8(%rsp), %rax
	imulq	%rdx, %r11
	cmpq	%rax, %rcx
	jge	.L3
	cmpq	$6, -16(%rsp)
	leaq	(%rsi,%rcx), %r15
	leaq	(%r11,%rcx), %r13
	jbe	.L4
	leaq	(%r11,%rcx), %r13
	leaq	(%r9,%r15,4), %rdi
	leaq	4(,%r13,4), %rax
	movq	%rdi, %r14
	vmovq	%rax, %xmm3
	addq	%r8, %rax
	subq	%rax, %r14
	cmpq	$56, %r14
	ja	.L30
.L4:
	leaq	(%r8,%r13,4), %rdi
	movq	-8(%rsp), %r8
	leaq	(%r9,%r15,4), %rax
	addq	%r8, %rsi
	leaq	(%r9,%rsi,4), %rsi
	.p2align 4,,10
	.p2align 3
.L10:
	vmovss	(%rax), %xmm0
	vaddss	(%rdi), %xmm0, %xmm0
	addq	$4, %rax
	addq	$4, %rdi
	vmovss	%xmm0, -4(%rax)
	cmpq	%rsi, %rax
	jne	.L10
	addq	$1, %rdx
	cmpq	%rbx, %rdx
	jne	.L12
	.p2align 4,,10
	.p2align 3
.L29:
	vzeroupper
.L26:
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L30:
	.cfi_restore_state
	cmpq	$14, -16(%rsp)
	jbe	.L13
	vmovq	%xmm3, %rax
	movq	%r15, -24(%rsp)
	movq	%r13, %r15
	movq	%rcx, %r13
	movq	%rdx, %rcx
	movq	-40(%rsp), %rdx
	leaq	-4(%r8,%rax), %r14
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L6:
	vmovups	(%rdi,%rax), %zmm1
	vaddps	(%r14,%rax), %zmm1, %zmm0
	vmovups	%zmm0, (%rdi,%rax)
	addq	$64, %rax
	cmpq	%rdx, %rax
	jne	.L6
	cmpq	$0, -48(%rsp)
	movq	%rcx, %rdx
	movq	%r13, %rcx
	movq	%r15, %r13
	movq	-24(%rsp), %r15
	je	.L3
	movq	-32(%rsp), %rdi
	movq	-56(%rsp), %r14
	subq	%r14, %rdi
	leaq	-1(%rdi), %rax
	cmpq	$6, %rax
	jbe	.L14
	movq	%r14, %rax
	movq	-64(%rsp), %r14
.L5:
	addq	%rax, %r15
	addq	%r13, %rax
	leaq	(%r9,%r15,4), %r15
	vmovups	(%r8,%rax,4), %ymm2
	movq	%rdi, %rax
	vaddps	(%r15), %ymm2, %ymm0
	andq	$-8, %rax
	addq	%r14, %rax
	andl	$7, %edi
	vmovups	%ymm0, (%r15)
	je	.L3
.L8:
	leaq	(%rax,%rsi), %rdi
	leaq	(%r11,%rax), %r13
	movq	-8(%rsp), %r15
	leaq	(%r9,%rdi,4), %rdi
	vmovss	(%rdi), %xmm0
	vaddss	(%r8,%r13,4), %xmm0, %xmm0
	vmovss	%xmm0, (%rdi)
	leaq	1(%rax), %rdi
	cmpq	%r15, %rdi
	jge	.L3
	leaq	(%rsi,%rdi), %r13
	addq	%r11, %rdi
	leaq	(%r9,%r13,4), %r13
	vmovss	0(%r13), %xmm0
	vaddss	(%r8,%rdi,4), %xmm0, %xmm0
	leaq	2(%rax), %rdi
	vmovss	%xmm0, 0(%r13)
	cmpq	%rdi, %r15
	jle	.L3
	leaq	(%rsi,%rdi), %r13
	addq	%r11, %rdi
	leaq	(%r9,%r13,4), %r13
	vmovss	0(%r13), %xmm0
	vaddss	(%r8,%rdi,4), %xmm0, %xmm0
	leaq	3(%rax), %rdi
	vmovss	%xmm0, 0(%r13)
	cmpq	%rdi, %r15
	jle	.L3
	leaq	(%rsi,%rdi), %r13
	addq	%r11, %rdi
	leaq	(%r9,%r13,4), %r13
	vmovss	0(%r13), %xmm0
	vaddss	(%r8,%rdi,4), %xmm0, %xmm0
	leaq	4(%rax), %rdi
	vmovss	%xmm0, 0(%r13)
	cmpq	%rdi, %r15
	jle	.L3
	leaq	(%rsi,%rdi), %r13
	addq	%r11, %rdi
	leaq	(%r9,%r13,4), %r13
	vmovss	0(%r13), %xmm0
	vaddss	(%r8,%rdi,4), %xmm0, %xmm0
	leaq	5(%rax), %rdi
	vmovss	%xmm0, 0(%r13)
	cmpq	%rdi, %r15
	jle	.L3
	leaq	(%rsi,%rdi), %r13
	addq	%r11, %rdi
	addq	$6, %rax
	leaq	(%r9,%r13,4), %r13
	vmovss	0(%r13), %xmm0
	vaddss	(%r8,%rdi,4), %xmm0, %xmm0
	vmovss	%xmm0, 0(%r13)
	cmpq	%rax, %r15
	jle	.L3
	addq	%rax, %rsi
	addq	%r11, %rax
	leaq	(%r9,%rsi,4), %rsi
	vmovss	(%rsi), %xmm0
	vaddss	(%r8,%rax,4), %xmm0, %xmm0
	vmovss	%xmm0, (%rsi)
	jmp	.L3
.L13:
	movq	-32(%rsp), %rdi
	movq	%rcx, %r14
	xorl	%eax, %eax
	jmp	.L5
.L14:
	movq	-64(%rsp), %rax
	jmp	.L8
	.cfi_endproc
.LFE4306:
	.size	_ZZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfENKUlllE_clEll, .-_ZZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfENKUlllE_clEll
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflllENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflllENKUlllE_clEll:
.LFB4838:
	.cfi_startproc
	cmpq	%rdx, %rsi
	jge	.L47
	movq	8(%rdi), %rax
	movq	(%rdi), %rcx
	vmovss	.LC0(%rip), %xmm2
	movq	(%rax), %r10
	movq	16(%rdi), %rax
	movq	(%rcx), %rcx
	movq	(%rax), %r11
	leaq	0(,%r10,4), %r9
	leaq	(%r11,%rsi,4), %r8
	leaq	(%r11,%rdx,4), %rdx
	imulq	%r10, %rsi
	leaq	(%rsi,%r10), %rax
	leaq	(%rcx,%rax,4), %rcx
	.p2align 4,,10
	.p2align 3
.L38:
	testq	%r10, %r10
	jle	.L39
	movq	%rcx, %rax
	vmovaps	%xmm2, %xmm1
	subq	%r9, %rax
	jmp	.L37
	.p2align 4,,10
	.p2align 3
.L48:
	vcomiss	%xmm1, %xmm0
	ja	.L40
	addq	$4, %rax
	cmpq	%rax, %rcx
	je	.L33
.L37:
	vmovss	(%rax), %xmm0
	vucomiss	%xmm0, %xmm0
	jnp	.L48
.L40:
	addq	$4, %rax
	vmovaps	%xmm0, %xmm1
	cmpq	%rax, %rcx
	jne	.L37
.L33:
	vmovss	%xmm1, (%r8)
	addq	$4, %r8
	addq	%r9, %rcx
	cmpq	%rdx, %r8
	jne	.L38
.L47:
	ret
	.p2align 4,,10
	.p2align 3
.L39:
	vmovaps	%xmm2, %xmm1
	jmp	.L33
	.cfi_endproc
.LFE4838:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflllENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflllENKUlllE_clEll
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflllENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflllENKUlllE_clEll:
.LFB4848:
	.cfi_startproc
	cmpq	%rdx, %rsi
	jge	.L65
	movq	8(%rdi), %rax
	movq	(%rdi), %rcx
	vmovss	.LC1(%rip), %xmm2
	movq	(%rax), %r10
	movq	16(%rdi), %rax
	movq	(%rcx), %rcx
	movq	(%rax), %r11
	leaq	0(,%r10,4), %r9
	leaq	(%r11,%rsi,4), %r8
	leaq	(%r11,%rdx,4), %rdx
	imulq	%r10, %rsi
	leaq	(%rsi,%r10), %rax
	leaq	(%rcx,%rax,4), %rcx
	.p2align 4,,10
	.p2align 3
.L56:
	testq	%r10, %r10
	jle	.L57
	movq	%rcx, %rax
	vmovaps	%xmm2, %xmm1
	subq	%r9, %rax
	jmp	.L55
	.p2align 4,,10
	.p2align 3
.L66:
	vcomiss	%xmm0, %xmm1
	ja	.L58
	addq	$4, %rax
	cmpq	%rax, %rcx
	je	.L51
.L55:
	vmovss	(%rax), %xmm0
	vucomiss	%xmm0, %xmm0
	jnp	.L66
.L58:
	addq	$4, %rax
	vmovaps	%xmm0, %xmm1
	cmpq	%rax, %rcx
	jne	.L55
.L51:
	vmovss	%xmm1, (%r8)
	addq	$4, %r8
	addq	%r9, %rcx
	cmpq	%rdx, %r8
	jne	.L56
.L65:
	ret
	.p2align 4,,10
	.p2align 3
.L57:
	vmovaps	%xmm2, %xmm1
	jmp	.L51
	.cfi_endproc
.LFE4848:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflllENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflllENKUlllE_clEll
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflllENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflllENKUlllE_clEll:
.LFB4868:
	.cfi_startproc
	cmpq	%rdx, %rsi
	jge	.L75
	movq	8(%rdi), %rax
	movq	(%rdi), %rcx
	vmovss	.LC2(%rip), %xmm1
	movq	(%rax), %r10
	movq	16(%rdi), %rax
	movq	(%rcx), %rcx
	movq	(%rax), %r11
	leaq	0(,%r10,4), %r9
	leaq	(%r11,%rsi,4), %r8
	leaq	(%r11,%rdx,4), %rdx
	imulq	%r10, %rsi
	leaq	(%rsi,%r10), %rax
	leaq	(%rcx,%rax,4), %rcx
	.p2align 4,,10
	.p2align 3
.L71:
	testq	%r10, %r10
	jle	.L72
	movq	%rcx, %rax
	vmovaps	%xmm1, %xmm0
	subq	%r9, %rax
	.p2align 4,,10
	.p2align 3
.L70:
	vmulss	(%rax), %xmm0, %xmm0
	addq	$4, %rax
	cmpq	%rcx, %rax
	jne	.L70
.L69:
	vmovss	%xmm0, (%r8)
	addq	$4, %r8
	addq	%r9, %rcx
	cmpq	%rdx, %r8
	jne	.L71
.L75:
	ret
	.p2align 4,,10
	.p2align 3
.L72:
	vmovaps	%xmm1, %xmm0
	jmp	.L69
	.cfi_endproc
.LFE4868:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflllENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflllENKUlllE_clEll
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_117reduce_contiguousILNS_8ReduceOpE0EEEfPKfl, @function
_ZN2sc6avx51212_GLOBAL__N_117reduce_contiguousILNS_8ReduceOpE0EEEfPKfl:
.LFB5203:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rdi, %rcx
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	andq	$-64, %rsp
	subq	$328, %rsp
	cmpq	$7, %rsi
	jle	.L149
	leaq	-8(%rsi), %rdx
	movq	%rdx, %rax
	shrq	$3, %rax
	addq	$1, %rax
	cmpq	$119, %rdx
	jbe	.L90
	movq	%rdi, %rdx
	movq	%rax, %rdi
	vpxord	%zmm16, %zmm16, %zmm16
	shrq	$4, %rdi
	vmovaps	%zmm16, %zmm21
	vmovaps	%zmm16, %zmm20
	salq	$9, %rdi
	vmovaps	%zmm16, %zmm19
	vmovaps	%zmm16, %zmm18
	addq	%rcx, %rdi
	vmovaps	%zmm16, %zmm22
	vmovaps	%zmm16, %zmm23
	vmovaps	%zmm16, %zmm17
	.p2align 4,,10
	.p2align 3
.L81:
	vmovups	(%rdx), %ymm0
	vmovups	(%rdx), %zmm7
	addq	$512, %rdx
	vmovups	-448(%rdx), %zmm4
	vmovups	-384(%rdx), %zmm5
	vaddss	%xmm0, %xmm17, %xmm24
	vextracti64x4	$0x1, %zmm7, 200(%rsp)
	vmovaps	200(%rsp), %ymm6
	vmovups	-448(%rdx), %ymm7
	vextracti64x4	$0x1, %zmm4, 168(%rsp)
	vmovaps	168(%rsp), %ymm10
	vextracti64x4	$0x1, %zmm5, 136(%rsp)
	vmovaps	136(%rsp), %ymm4
	vmovaps	%xmm6, %xmm15
	vmovups	-320(%rdx), %ymm5
	vmovups	-320(%rdx), %zmm2
	vshufps	$255, %xmm0, %xmm0, %xmm1
	vaddss	%xmm6, %xmm24, %xmm24
	vmovaps	%xmm10, %xmm13
	vmovups	-384(%rdx), %ymm6
	vmovaps	%xmm4, 312(%rsp)
	vmovaps	312(%rsp), %xmm4
	vmovaps	%ymm5, -56(%rsp)
	vextracti64x4	$0x1, %zmm2, 104(%rsp)
	vmovaps	104(%rsp), %ymm2
	vmovaps	%xmm5, 296(%rsp)
	vaddss	%xmm1, %xmm18, %xmm1
	vmovaps	296(%rsp), %xmm3
	vmovups	-256(%rdx), %ymm9
	vaddss	%xmm7, %xmm24, %xmm24
	vshufps	$255, %xmm7, %xmm7, %xmm14
	vmovaps	%xmm2, 280(%rsp)
	vmovaps	280(%rsp), %xmm5
	vmovaps	%ymm9, -88(%rsp)
	vshufps	$255, %xmm6, %xmm6, %xmm12
	vmovups	-256(%rdx), %zmm11
	vmovaps	%xmm9, 264(%rsp)
	vextracti64x4	$0x1, %zmm11, 72(%rsp)
	vaddss	%xmm10, %xmm24, %xmm24
	vmovaps	72(%rsp), %ymm9
	vshufps	$85, %xmm0, %xmm0, %xmm11
	vmovaps	%xmm9, 248(%rsp)
	vaddss	%xmm6, %xmm24, %xmm24
	vaddss	%xmm4, %xmm24, %xmm24
	vaddss	%xmm3, %xmm24, %xmm24
	vmovaps	264(%rsp), %xmm3
	vaddss	%xmm5, %xmm24, %xmm24
	vaddss	%xmm3, %xmm24, %xmm24
	vmovaps	248(%rsp), %xmm3
	vaddss	%xmm3, %xmm24, %xmm24
	vmovups	-192(%rdx), %ymm3
	vmovups	-128(%rdx), %zmm26
	vmovups	-64(%rdx), %ymm4
	vmovups	-64(%rdx), %zmm27
	vmovups	-192(%rdx), %zmm25
	vmovaps	%xmm3, 56(%rsp)
	vextracti64x4	$0x1, %zmm26, -24(%rsp)
	vmovaps	-24(%rsp), %ymm8
	vaddss	%xmm3, %xmm24, %xmm24
	vshufps	$255, %xmm4, %xmm4, %xmm9
	vextracti64x4	$0x1, %zmm25, 8(%rsp)
	vshufps	$255, %xmm8, %xmm8, %xmm10
	vmovaps	8(%rsp), %ymm2
	vmovaps	%xmm2, 232(%rsp)
	vmovaps	232(%rsp), %xmm5
	vextracti64x4	$0x1, %zmm27, %ymm2
	vaddss	%xmm5, %xmm24, %xmm24
	vmovups	-128(%rdx), %ymm5
	vmovaps	%xmm5, 40(%rsp)
	vaddss	%xmm5, %xmm24, %xmm24
	vextractf128	$0x1, %ymm5, %xmm5
	vaddss	%xmm8, %xmm24, %xmm24
	vaddss	%xmm4, %xmm24, %xmm24
	vaddss	%xmm2, %xmm24, %xmm17
	vaddss	%xmm11, %xmm23, %xmm24
	vshufps	$85, %xmm15, %xmm15, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vshufps	$85, %xmm7, %xmm7, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vshufps	$85, %xmm13, %xmm13, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vshufps	$85, %xmm6, %xmm6, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	312(%rsp), %xmm11
	vshufps	$85, %xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	296(%rsp), %xmm11
	vshufps	$85, %xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	280(%rsp), %xmm11
	vshufps	$85, %xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	264(%rsp), %xmm11
	vshufps	$85, %xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	248(%rsp), %xmm11
	vshufps	$85, %xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	56(%rsp), %xmm11
	vshufps	$85, %xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	232(%rsp), %xmm11
	vshufps	$85, %xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	40(%rsp), %xmm11
	vshufps	$85, %xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vshufps	$85, %xmm8, %xmm8, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vshufps	$85, %xmm4, %xmm4, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vshufps	$85, %xmm2, %xmm2, %xmm11
	vaddss	%xmm11, %xmm24, %xmm23
	vunpckhps	%xmm0, %xmm0, %xmm11
	vextractf128	$0x1, %ymm0, %xmm0
	vaddss	%xmm11, %xmm22, %xmm24
	vunpckhps	%xmm15, %xmm15, %xmm11
	vshufps	$255, %xmm15, %xmm15, %xmm15
	vaddss	%xmm15, %xmm1, %xmm1
	vaddss	%xmm11, %xmm24, %xmm24
	vunpckhps	%xmm7, %xmm7, %xmm11
	vaddss	%xmm14, %xmm1, %xmm1
	vextractf128	$0x1, %ymm7, %xmm7
	vaddss	%xmm11, %xmm24, %xmm24
	vunpckhps	%xmm13, %xmm13, %xmm11
	vshufps	$255, %xmm13, %xmm13, %xmm13
	vaddss	%xmm13, %xmm1, %xmm1
	vmovaps	312(%rsp), %xmm13
	vaddss	%xmm11, %xmm24, %xmm24
	vunpckhps	%xmm6, %xmm6, %xmm11
	vaddss	%xmm12, %xmm1, %xmm1
	vmovaps	296(%rsp), %xmm12
	vextractf128	$0x1, %ymm6, %xmm6
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	312(%rsp), %xmm11
	vunpckhps	%xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	296(%rsp), %xmm11
	vunpckhps	%xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	280(%rsp), %xmm11
	vunpckhps	%xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	264(%rsp), %xmm11
	vunpckhps	%xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	248(%rsp), %xmm11
	vunpckhps	%xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	56(%rsp), %xmm11
	vunpckhps	%xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	232(%rsp), %xmm11
	vunpckhps	%xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vmovaps	40(%rsp), %xmm11
	vmovaps	280(%rsp), %xmm14
	vmovaps	264(%rsp), %xmm15
	vunpckhps	%xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm24, %xmm24
	vunpckhps	%xmm8, %xmm8, %xmm11
	vshufps	$255, %xmm2, %xmm2, %xmm8
	vaddss	%xmm11, %xmm24, %xmm24
	vunpckhps	%xmm4, %xmm4, %xmm11
	vextractf128	$0x1, %ymm4, %xmm4
	vaddss	%xmm11, %xmm24, %xmm24
	vunpckhps	%xmm2, %xmm2, %xmm11
	vextractf128	$0x1, %ymm2, %xmm2
	vaddss	%xmm11, %xmm24, %xmm22
	vshufps	$255, %xmm13, %xmm13, %xmm11
	vaddss	%xmm11, %xmm1, %xmm1
	vshufps	$255, %xmm12, %xmm12, %xmm11
	vmovaps	248(%rsp), %xmm12
	vaddss	%xmm0, %xmm19, %xmm24
	vmovaps	-56(%rsp), %ymm13
	vaddss	%xmm11, %xmm1, %xmm1
	vshufps	$255, %xmm14, %xmm14, %xmm11
	vmovaps	56(%rsp), %xmm14
	vaddss	%xmm11, %xmm1, %xmm1
	vshufps	$255, %xmm15, %xmm15, %xmm11
	vmovaps	-88(%rsp), %ymm15
	vaddss	%xmm11, %xmm1, %xmm1
	vshufps	$255, %xmm12, %xmm12, %xmm11
	vmovaps	136(%rsp), %ymm12
	vaddss	%xmm11, %xmm1, %xmm1
	vshufps	$255, %xmm14, %xmm14, %xmm11
	vmovaps	104(%rsp), %ymm14
	vaddss	%xmm11, %xmm1, %xmm1
	vmovaps	232(%rsp), %xmm11
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm1, %xmm1
	vmovaps	40(%rsp), %xmm11
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vaddss	%xmm11, %xmm1, %xmm1
	vextractf128	$0x1, %ymm14, %xmm11
	vextractf128	$0x1, %ymm3, %xmm14
	vmovaps	8(%rsp), %ymm3
	vaddss	%xmm10, %xmm1, %xmm1
	vmovaps	168(%rsp), %ymm10
	vaddss	%xmm9, %xmm1, %xmm1
	vextractf128	$0x1, %ymm12, %xmm9
	vextractf128	$0x1, %ymm15, %xmm12
	vextractf128	$0x1, %ymm3, %xmm15
	vmovaps	-24(%rsp), %ymm3
	vaddss	%xmm8, %xmm1, %xmm18
	vextractf128	$0x1, %ymm10, %xmm8
	vextractf128	$0x1, %ymm13, %xmm10
	vmovaps	200(%rsp), %ymm1
	vmovaps	72(%rsp), %ymm13
	vextractf128	$0x1, %ymm3, %xmm3
	vextractf128	$0x1, %ymm1, 312(%rsp)
	vmovaps	312(%rsp), %xmm1
	vextractf128	$0x1, %ymm13, %xmm13
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm0, %xmm0, %xmm1
	vaddss	%xmm7, %xmm24, %xmm24
	vaddss	%xmm8, %xmm24, %xmm24
	vaddss	%xmm6, %xmm24, %xmm24
	vaddss	%xmm9, %xmm24, %xmm24
	vaddss	%xmm10, %xmm24, %xmm24
	vaddss	%xmm11, %xmm24, %xmm24
	vaddss	%xmm12, %xmm24, %xmm24
	vaddss	%xmm13, %xmm24, %xmm24
	vaddss	%xmm14, %xmm24, %xmm24
	vaddss	%xmm15, %xmm24, %xmm24
	vaddss	%xmm5, %xmm24, %xmm24
	vaddss	%xmm3, %xmm24, %xmm24
	vaddss	%xmm4, %xmm24, %xmm24
	vaddss	%xmm2, %xmm24, %xmm19
	vaddss	%xmm1, %xmm20, %xmm24
	vmovaps	312(%rsp), %xmm1
	vshufps	$85, %xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm7, %xmm7, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm8, %xmm8, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm6, %xmm6, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm9, %xmm9, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm10, %xmm10, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm11, %xmm11, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm12, %xmm12, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm13, %xmm13, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm14, %xmm14, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm15, %xmm15, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm5, %xmm5, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm3, %xmm3, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm4, %xmm4, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vshufps	$85, %xmm2, %xmm2, %xmm1
	vaddss	%xmm1, %xmm24, %xmm20
	vunpckhps	%xmm0, %xmm0, %xmm1
	vshufps	$255, %xmm0, %xmm0, %xmm0
	vaddss	%xmm0, %xmm16, %xmm0
	vaddss	%xmm1, %xmm21, %xmm24
	vmovaps	312(%rsp), %xmm1
	vunpckhps	%xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm7, %xmm7, %xmm1
	vshufps	$255, %xmm7, %xmm7, %xmm7
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm8, %xmm8, %xmm1
	vshufps	$255, %xmm8, %xmm8, %xmm8
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm6, %xmm6, %xmm1
	vshufps	$255, %xmm6, %xmm6, %xmm6
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm9, %xmm9, %xmm1
	vshufps	$255, %xmm9, %xmm9, %xmm9
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm10, %xmm10, %xmm1
	vshufps	$255, %xmm10, %xmm10, %xmm10
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm11, %xmm11, %xmm1
	vshufps	$255, %xmm11, %xmm11, %xmm11
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm12, %xmm12, %xmm1
	vshufps	$255, %xmm12, %xmm12, %xmm12
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm13, %xmm13, %xmm1
	vshufps	$255, %xmm13, %xmm13, %xmm13
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm14, %xmm14, %xmm1
	vshufps	$255, %xmm14, %xmm14, %xmm14
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm15, %xmm15, %xmm1
	vshufps	$255, %xmm15, %xmm15, %xmm15
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm5, %xmm5, %xmm1
	vshufps	$255, %xmm5, %xmm5, %xmm5
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm3, %xmm3, %xmm1
	vshufps	$255, %xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm4, %xmm4, %xmm1
	vshufps	$255, %xmm4, %xmm4, %xmm4
	vaddss	%xmm1, %xmm24, %xmm24
	vunpckhps	%xmm2, %xmm2, %xmm1
	vshufps	$255, %xmm2, %xmm2, %xmm2
	vaddss	%xmm1, %xmm24, %xmm21
	vmovaps	312(%rsp), %xmm1
	vshufps	$255, %xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vaddss	%xmm7, %xmm0, %xmm0
	vaddss	%xmm8, %xmm0, %xmm0
	vaddss	%xmm6, %xmm0, %xmm0
	vaddss	%xmm9, %xmm0, %xmm0
	vaddss	%xmm10, %xmm0, %xmm0
	vaddss	%xmm11, %xmm0, %xmm0
	vaddss	%xmm12, %xmm0, %xmm0
	vaddss	%xmm13, %xmm0, %xmm0
	vaddss	%xmm14, %xmm0, %xmm0
	vaddss	%xmm15, %xmm0, %xmm0
	vaddss	%xmm5, %xmm0, %xmm0
	vaddss	%xmm3, %xmm0, %xmm0
	vaddss	%xmm4, %xmm0, %xmm0
	vaddss	%xmm2, %xmm0, %xmm16
	cmpq	%rdx, %rdi
	jne	.L81
	movq	%rax, %rdx
	andq	$-16, %rdx
	testb	$15, %al
	je	.L82
.L80:
	vmovss	%xmm16, 312(%rsp)
	movq	%rax, %rdi
	vinsertps	$0x10, 312(%rsp), %xmm21, %xmm0
	vmovss	%xmm20, 312(%rsp)
	subq	%rdx, %rdi
	vinsertps	$0x10, 312(%rsp), %xmm19, %xmm1
	salq	$5, %rdx
	vmovss	%xmm18, 312(%rsp)
	addq	%rcx, %rdx
	vinsertps	$0x10, 312(%rsp), %xmm22, %xmm2
	vmovlhps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm23, 312(%rsp)
	vinsertps	$0x10, 312(%rsp), %xmm17, %xmm0
	vmovlhps	%xmm2, %xmm0, %xmm0
	vinsertf128	$0x1, %xmm1, %ymm0, %ymm0
	vaddps	(%rdx), %ymm0, %ymm0
	cmpq	$1, %rdi
	je	.L83
	vaddps	32(%rdx), %ymm0, %ymm0
	cmpq	$2, %rdi
	je	.L83
	vaddps	64(%rdx), %ymm0, %ymm0
	cmpq	$3, %rdi
	je	.L83
	vaddps	96(%rdx), %ymm0, %ymm0
	cmpq	$4, %rdi
	je	.L83
	vaddps	128(%rdx), %ymm0, %ymm0
	cmpq	$5, %rdi
	je	.L83
	vaddps	160(%rdx), %ymm0, %ymm0
	cmpq	$6, %rdi
	je	.L83
	vaddps	192(%rdx), %ymm0, %ymm0
	cmpq	$7, %rdi
	je	.L83
	vaddps	224(%rdx), %ymm0, %ymm0
	cmpq	$8, %rdi
	je	.L83
	vaddps	256(%rdx), %ymm0, %ymm0
	cmpq	$9, %rdi
	je	.L83
	vaddps	288(%rdx), %ymm0, %ymm0
	cmpq	$10, %rdi
	je	.L83
	vaddps	320(%rdx), %ymm0, %ymm0
	cmpq	$11, %rdi
	je	.L83
	vaddps	352(%rdx), %ymm0, %ymm0
	cmpq	$12, %rdi
	je	.L83
	vaddps	384(%rdx), %ymm0, %ymm0
	cmpq	$13, %rdi
	je	.L83
	vaddps	416(%rdx), %ymm0, %ymm0
	cmpq	$14, %rdi
	je	.L83
	vaddps	448(%rdx), %ymm0, %ymm0
.L83:
	vshufps	$85, %xmm0, %xmm0, %xmm7
	vmovaps	%zmm7, %zmm23
	vunpckhps	%xmm0, %xmm0, %xmm7
	vmovaps	%zmm0, %zmm17
	vmovaps	%zmm7, %zmm22
	vshufps	$255, %xmm0, %xmm0, %xmm7
	vextractf128	$0x1, %ymm0, %xmm0
	vmovaps	%zmm7, %zmm18
	vshufps	$85, %xmm0, %xmm0, %xmm7
	vmovaps	%zmm7, %zmm20
	vunpckhps	%xmm0, %xmm0, %xmm7
	vmovaps	%zmm0, %zmm19
	vmovaps	%zmm7, %zmm21
	vshufps	$255, %xmm0, %xmm0, %xmm7
	vmovaps	%zmm7, %zmm16
.L82:
	vaddss	%xmm23, %xmm17, %xmm0
	vaddss	%xmm18, %xmm22, %xmm22
	vaddss	%xmm20, %xmm19, %xmm1
	vaddss	%xmm16, %xmm21, %xmm21
	leaq	0(,%rax,8), %rdx
	vaddss	%xmm22, %xmm0, %xmm0
	vaddss	%xmm21, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	cmpq	%rsi, %rdx
	jge	.L147
	movq	%rsi, %rdi
	movq	%rdx, %r9
	subq	%rdx, %rdi
	leaq	-1(%rdi), %r8
	cmpq	$14, %r8
	jbe	.L91
	movq	%rdi, %r8
	salq	$5, %rax
	shrq	$4, %r8
	addq	%rcx, %rax
	salq	$6, %r8
	addq	%rax, %r8
	.p2align 4,,10
	.p2align 3
.L85:
	vaddss	(%rax), %xmm0, %xmm0
	addq	$64, %rax
	vaddss	-60(%rax), %xmm0, %xmm0
	vaddss	-56(%rax), %xmm0, %xmm0
	vaddss	-52(%rax), %xmm0, %xmm0
	vaddss	-48(%rax), %xmm0, %xmm0
	vaddss	-44(%rax), %xmm0, %xmm0
	vaddss	-40(%rax), %xmm0, %xmm0
	vaddss	-36(%rax), %xmm0, %xmm0
	vaddss	-32(%rax), %xmm0, %xmm0
	vaddss	-28(%rax), %xmm0, %xmm0
	vaddss	-24(%rax), %xmm0, %xmm0
	vaddss	-20(%rax), %xmm0, %xmm0
	vaddss	-16(%rax), %xmm0, %xmm0
	vaddss	-12(%rax), %xmm0, %xmm0
	vaddss	-8(%rax), %xmm0, %xmm0
	vaddss	-4(%rax), %xmm0, %xmm0
	cmpq	%r8, %rax
	jne	.L85
	movq	%rdi, %rax
	andq	$-16, %rax
	addq	%rax, %rdx
	testb	$15, %dil
	je	.L147
.L84:
	subq	%rax, %rdi
	leaq	-1(%rdi), %r8
	cmpq	$6, %r8
	jbe	.L146
	addq	%r9, %rax
	leaq	(%rcx,%rax,4), %rax
	vaddss	(%rax), %xmm0, %xmm0
	vaddss	4(%rax), %xmm0, %xmm0
	vaddss	8(%rax), %xmm0, %xmm0
	vaddss	12(%rax), %xmm0, %xmm0
	vaddss	16(%rax), %xmm0, %xmm0
	vaddss	20(%rax), %xmm0, %xmm0
	vaddss	24(%rax), %xmm0, %xmm0
	vaddss	28(%rax), %xmm0, %xmm0
	movq	%rdi, %rax
	andq	$-8, %rax
	addq	%rax, %rdx
	andl	$7, %edi
	je	.L147
.L146:
	vzeroupper
.L78:
	leaq	1(%rdx), %rdi
	vaddss	(%rcx,%rdx,4), %xmm0, %xmm0
	leaq	0(,%rdx,4), %rax
	cmpq	%rsi, %rdi
	jge	.L76
	leaq	2(%rdx), %rdi
	vaddss	4(%rcx,%rax), %xmm0, %xmm0
	cmpq	%rdi, %rsi
	jle	.L76
	leaq	3(%rdx), %rdi
	vaddss	8(%rcx,%rax), %xmm0, %xmm0
	cmpq	%rdi, %rsi
	jle	.L76
	leaq	4(%rdx), %rdi
	vaddss	12(%rcx,%rax), %xmm0, %xmm0
	cmpq	%rsi, %rdi
	jge	.L76
	leaq	5(%rdx), %rdi
	vaddss	16(%rcx,%rax), %xmm0, %xmm0
	cmpq	%rdi, %rsi
	jle	.L76
	addq	$6, %rdx
	vaddss	20(%rcx,%rax), %xmm0, %xmm0
	cmpq	%rdx, %rsi
	jle	.L76
	vaddss	24(%rcx,%rax), %xmm0, %xmm0
.L76:
	leave
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L147:
	.cfi_restore_state
	vzeroupper
	leave
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L149:
	.cfi_restore_state
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edx, %edx
	testq	%rsi, %rsi
	jg	.L78
	leave
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L90:
	.cfi_restore_state
	vpxord	%zmm16, %zmm16, %zmm16
	xorl	%edx, %edx
	vmovaps	%zmm16, %zmm21
	vmovaps	%zmm16, %zmm20
	vmovaps	%zmm16, %zmm19
	vmovaps	%zmm16, %zmm18
	vmovaps	%zmm16, %zmm22
	vmovaps	%zmm16, %zmm23
	vmovaps	%zmm16, %zmm17
	jmp	.L80
.L91:
	xorl	%eax, %eax
	jmp	.L84
	.cfi_endproc
.LFE5203:
	.size	_ZN2sc6avx51212_GLOBAL__N_117reduce_contiguousILNS_8ReduceOpE0EEEfPKfl, .-_ZN2sc6avx51212_GLOBAL__N_117reduce_contiguousILNS_8ReduceOpE0EEEfPKfl
	.set	_ZN2sc6avx51212_GLOBAL__N_117reduce_contiguousILNS_8ReduceOpE3EEEfPKfl,_ZN2sc6avx51212_GLOBAL__N_117reduce_contiguousILNS_8ReduceOpE0EEEfPKfl
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflllENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflllENKUlllE_clEll:
.LFB4828:
	.cfi_startproc
	cmpq	%rdx, %rsi
	jge	.L156
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$8, %rsp
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	.cfi_offset 3, -40
	movq	8(%rdi), %rax
	movq	(%rdi), %rcx
	movq	(%rax), %rbx
	movq	16(%rdi), %rax
	movq	(%rcx), %rcx
	movq	%rbx, %rdi
	movq	(%rax), %rax
	leaq	0(,%rbx,4), %r13
	imulq	%rsi, %rdi
	leaq	(%rax,%rsi,4), %r10
	leaq	(%rax,%rdx,4), %r12
	leaq	(%rcx,%rdi,4), %r11
	.p2align 4,,10
	.p2align 3
.L152:
	movq	%r11, %rdi
	movq	%rbx, %rsi
	addq	$4, %r10
	addq	%r13, %r11
	call	_ZN2sc6avx51212_GLOBAL__N_117reduce_contiguousILNS_8ReduceOpE0EEEfPKfl
	vmovss	%xmm0, -4(%r10)
	cmpq	%r12, %r10
	jne	.L152
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L156:
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	ret
	.cfi_endproc
.LFE4828:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflllENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflllENKUlllE_clEll
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflllENKUlllE1_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflllENKUlllE1_clEll:
.LFB4844:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	andq	$-64, %rsp
	.cfi_offset 15, -24
	.cfi_offset 14, -32
	.cfi_offset 13, -40
	.cfi_offset 12, -48
	.cfi_offset 3, -56
	movq	24(%rdi), %rax
	movq	(%rax), %rax
	movq	%rax, -24(%rsp)
	movq	16(%rdi), %rax
	movq	(%rax), %r13
	movq	8(%rdi), %rax
	movq	(%rax), %r14
	movq	(%rdi), %rax
	movq	(%rax), %r12
	cmpq	%rdx, %rsi
	jge	.L344
	movq	%rdx, %r8
	subq	%rsi, %rdx
	movq	%rsi, %r11
	leaq	-1(%rdx), %rax
	cmpq	$14, %rax
	jbe	.L242
	movq	%rdx, %rcx
	leaq	(%r14,%rsi,4), %rax
	vbroadcastss	.LC0(%rip), %zmm0
	shrq	$4, %rcx
	salq	$6, %rcx
	addq	%rax, %rcx
	.p2align 4,,10
	.p2align 3
.L162:
	vmovups	%zmm0, (%rax)
	addq	$64, %rax
	cmpq	%rcx, %rax
	jne	.L162
	movq	%rdx, %rcx
	andq	$-16, %rcx
	leaq	(%rcx,%r11), %rax
	testb	$15, %dl
	je	.L163
.L161:
	subq	%rcx, %rdx
	leaq	-1(%rdx), %rsi
	cmpq	$6, %rsi
	jbe	.L164
	vbroadcastss	.LC0(%rip), %ymm0
	addq	%r11, %rcx
	vmovups	%ymm0, (%r14,%rcx,4)
	movq	%rdx, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edx
	je	.L163
.L164:
	vmovss	.LC0(%rip), %xmm0
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r14,%rax,4)
	cmpq	%rcx, %r8
	jle	.L163
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r14,%rdx)
	cmpq	%rcx, %r8
	jle	.L163
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r14,%rdx)
	cmpq	%rcx, %r8
	jle	.L163
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r14,%rdx)
	cmpq	%rcx, %r8
	jle	.L163
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r14,%rdx)
	cmpq	%rcx, %r8
	jle	.L163
	addq	$6, %rax
	vmovss	%xmm0, 20(%r14,%rdx)
	cmpq	%rax, %r8
	jle	.L163
	vmovss	%xmm0, 24(%r14,%rdx)
.L163:
	testq	%r13, %r13
	jle	.L343
	cmpq	$2, %r13
	jle	.L243
	movq	-24(%rsp), %rax
	leaq	-3(%r13), %r10
	movq	%r13, -56(%rsp)
	xorl	%ecx, %ecx
	movq	$0, -8(%rsp)
	andq	$-2, %r10
	movq	%r12, %r13
	leaq	0(,%rax,8), %rbx
	movq	%rax, %rsi
	addq	$2, %r10
	vmovq	%rbx, %xmm7
	leaq	0(,%r11,4), %rbx
	movq	%r10, -40(%rsp)
	movq	%rbx, -32(%rsp)
	leaq	(%r12,%rbx), %rdx
	leaq	(%rax,%rax), %rbx
	movq	%r8, %rax
	subq	%r11, %rax
	vmovq	%rbx, %xmm6
	movq	%r14, %rbx
	movq	%rax, -16(%rsp)
	subq	$1, %rax
	vmovq	%xmm6, %r9
	movq	%rax, -48(%rsp)
.L214:
	cmpq	$14, -48(%rsp)
	jbe	.L244
	movq	-32(%rsp), %rax
	movq	-16(%rsp), %rdi
	leaq	(%rbx,%rax), %r15
	movq	-24(%rsp), %rax
	shrq	$4, %rdi
	salq	$6, %rdi
	leaq	(%rdx,%rax,4), %r12
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L168:
	vmovups	(%rdx,%rax), %zmm0
	vmovups	(%r15,%rax), %zmm5
	vmovups	(%r12,%rax), %zmm3
	vcmpps	$14, (%r15,%rax), %zmm0, %k1
	vcmpps	$4, %zmm0, %zmm0, %k0
	korw	%k0, %k1, %k1
	vblendmps	%zmm0, %zmm5, %zmm0{%k1}
	vcmpps	$4, %zmm3, %zmm3, %k0
	vcmpps	$1, %zmm3, %zmm0, %k1
	korw	%k0, %k1, %k1
	vmovaps	%zmm3, %zmm0{%k1}
	vmovups	%zmm0, (%r15,%rax)
	addq	$64, %rax
	cmpq	%rdi, %rax
	jne	.L168
	movq	-16(%rsp), %rdi
	movq	%rdi, %r12
	andq	$-16, %r12
	andl	$15, %edi
	leaq	(%r12,%r11), %rax
	je	.L169
.L167:
	movq	-16(%rsp), %r14
	subq	%r12, %r14
	leaq	-1(%r14), %rdi
	cmpq	$6, %rdi
	jbe	.L170
	leaq	(%r12,%r11), %rdi
	leaq	(%r11,%rsi), %r15
	leaq	(%rbx,%rdi,4), %r10
	addq	%rcx, %rdi
	addq	%r12, %r15
	vmovups	0(%r13,%rdi,4), %ymm0
	vmovups	(%r10), %ymm6
	movq	%r14, %rdi
	andq	$-8, %rdi
	vcmpltps	%ymm0, %ymm6, %ymm4
	vcmpneqps	%ymm0, %ymm0, %ymm3
	addq	%rdi, %rax
	andl	$7, %r14d
	vpor	%ymm4, %ymm3, %ymm3
	vblendvps	%ymm3, %ymm0, %ymm6, %ymm0
	vmovups	0(%r13,%r15,4), %ymm3
	vcmpltps	%ymm3, %ymm0, %ymm5
	vcmpneqps	%ymm3, %ymm3, %ymm4
	vpor	%ymm5, %ymm4, %ymm4
	vblendvps	%ymm4, %ymm3, %ymm0, %ymm0
	vmovups	%ymm0, (%r10)
	je	.L169
.L170:
	leaq	0(,%rax,4), %r14
	leaq	(%rax,%rcx), %rdi
	leaq	(%rbx,%r14), %r12
	vmovss	0(%r13,%rdi,4), %xmm3
	vmovss	(%r12), %xmm0
	vcomiss	%xmm0, %xmm3
	ja	.L247
	vucomiss	%xmm3, %xmm3
	jnp	.L172
.L247:
	vmovaps	%xmm3, %xmm0
.L172:
	leaq	(%rax,%rsi), %r15
	leaq	1(%rax), %rdi
	vmovss	0(%r13,%r15,4), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L248
	vucomiss	%xmm3, %xmm3
	jnp	.L175
.L248:
	vmovaps	%xmm3, %xmm0
.L175:
	vmovss	%xmm0, (%r12)
	cmpq	%rdi, %r8
	jle	.L169
	leaq	(%rdi,%rcx), %r12
	leaq	4(%rbx,%r14), %r15
	vmovss	0(%r13,%r12,4), %xmm3
	vmovss	(%r15), %xmm0
	vucomiss	%xmm3, %xmm3
	jp	.L249
	vcomiss	%xmm0, %xmm3
	ja	.L249
.L178:
	addq	%rsi, %rdi
	leaq	2(%rax), %r12
	vmovss	0(%r13,%rdi,4), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L250
	vucomiss	%xmm3, %xmm3
	jp	.L250
.L181:
	vmovss	%xmm0, (%r15)
	cmpq	%r12, %r8
	jle	.L169
	leaq	(%r12,%rcx), %rdi
	leaq	8(%rbx,%r14), %r15
	vmovss	0(%r13,%rdi,4), %xmm3
	vmovss	(%r15), %xmm0
	vucomiss	%xmm3, %xmm3
	jp	.L251
	vcomiss	%xmm0, %xmm3
	ja	.L251
.L184:
	addq	%rsi, %r12
	leaq	3(%rax), %rdi
	vmovss	0(%r13,%r12,4), %xmm3
	vucomiss	%xmm3, %xmm3
	jp	.L252
	vcomiss	%xmm0, %xmm3
	ja	.L252
.L187:
	vmovss	%xmm0, (%r15)
	cmpq	%rdi, %r8
	jle	.L169
	leaq	(%rdi,%rcx), %r12
	leaq	12(%rbx,%r14), %r15
	vmovss	0(%r13,%r12,4), %xmm3
	vmovss	(%r15), %xmm0
	vucomiss	%xmm3, %xmm3
	jp	.L253
	vcomiss	%xmm0, %xmm3
	ja	.L253
.L190:
	addq	%rsi, %rdi
	leaq	4(%rax), %r12
	vmovss	0(%r13,%rdi,4), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L254
	vucomiss	%xmm3, %xmm3
	jp	.L254
.L193:
	vmovss	%xmm0, (%r15)
	cmpq	%r12, %r8
	jle	.L169
	leaq	(%r12,%rcx), %rdi
	leaq	16(%rbx,%r14), %r15
	vmovss	0(%r13,%rdi,4), %xmm3
	vmovss	(%r15), %xmm0
	vcomiss	%xmm0, %xmm3
	ja	.L255
	vucomiss	%xmm3, %xmm3
	jnp	.L196
.L255:
	vmovaps	%xmm3, %xmm0
.L196:
	addq	%rsi, %r12
	leaq	5(%rax), %rdi
	vmovss	0(%r13,%r12,4), %xmm3
	vucomiss	%xmm3, %xmm3
	jp	.L256
	vcomiss	%xmm0, %xmm3
	ja	.L256
.L199:
	vmovss	%xmm0, (%r15)
	cmpq	%rdi, %r8
	jle	.L169
	leaq	(%rdi,%rcx), %r12
	vmovss	0(%r13,%r12,4), %xmm3
	leaq	20(%rbx,%r14), %r12
	vmovss	(%r12), %xmm0
	vcomiss	%xmm0, %xmm3
	ja	.L257
	vucomiss	%xmm3, %xmm3
	jnp	.L202
.L257:
	vmovaps	%xmm3, %xmm0
.L202:
	addq	%rsi, %rdi
	addq	$6, %rax
	vmovss	0(%r13,%rdi,4), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L258
	vucomiss	%xmm3, %xmm3
	jnp	.L205
.L258:
	vmovaps	%xmm3, %xmm0
.L205:
	vmovss	%xmm0, (%r12)
	cmpq	%rax, %r8
	jle	.L169
	leaq	(%rax,%rcx), %rdi
	vmovss	0(%r13,%rdi,4), %xmm3
	leaq	24(%rbx,%r14), %rdi
	vmovss	(%rdi), %xmm0
	vcomiss	%xmm0, %xmm3
	ja	.L259
	vucomiss	%xmm3, %xmm3
	jnp	.L208
.L259:
	vmovaps	%xmm3, %xmm0
.L208:
	addq	%rsi, %rax
	vmovss	0(%r13,%rax,4), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L260
	vucomiss	%xmm3, %xmm3
	jnp	.L211
.L260:
	vmovaps	%xmm3, %xmm0
.L211:
	vmovss	%xmm0, (%rdi)
.L169:
	vmovq	%xmm7, %rdi
	addq	$2, -8(%rsp)
	addq	%r9, %rsi
	addq	%r9, %rcx
	addq	%rdi, %rdx
	movq	-8(%rsp), %rax
	movq	-40(%rsp), %rdi
	cmpq	%rdi, %rax
	jne	.L214
	movq	%r13, %r12
	movq	-56(%rsp), %r13
	movq	%rbx, %r14
	movq	%rdi, %r10
.L166:
	movq	%r8, %rax
	movq	-24(%rsp), %rdx
	subq	%r11, %rax
	leaq	-1(%rax), %rbx
	movq	%rax, %rdi
	movq	%rax, -16(%rsp)
	movq	%rdx, %rsi
	movq	%rbx, -8(%rsp)
	movq	-32(%rsp), %rbx
	imulq	%r10, %rsi
	shrq	$4, %rdi
	salq	$6, %rdi
	leaq	(%r12,%rbx), %r15
	leaq	(%r14,%rbx), %rcx
	movq	%rax, %rbx
	andq	$-16, %rax
	movq	%rax, -32(%rsp)
	andl	$15, %ebx
	addq	%r11, %rax
	vmovq	%r15, %xmm7
	movq	%rax, -40(%rsp)
	movq	%r12, %r15
	movq	%r13, %r12
	movq	%rdx, %r13
	movq	%rbx, -24(%rsp)
	.p2align 4,,10
	.p2align 3
.L241:
	cmpq	$14, -8(%rsp)
	jbe	.L245
	vmovq	%xmm7, %r9
.L217:
	leaq	(%r9,%rsi,4), %rdx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L216:
	vmovups	(%rdx,%rax), %zmm0
	vmovups	(%rcx,%rax), %zmm6
	vcmpps	$14, (%rcx,%rax), %zmm0, %k1
	vcmpps	$4, %zmm0, %zmm0, %k0
	korw	%k0, %k1, %k1
	vblendmps	%zmm0, %zmm6, %zmm0{%k1}
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdi
	jne	.L216
	cmpq	$0, -24(%rsp)
	je	.L346
	movq	-32(%rsp), %rax
	movq	-40(%rsp), %rdx
.L215:
	movq	-16(%rsp), %r9
	subq	%rax, %r9
	leaq	-1(%r9), %rbx
	cmpq	$6, %rbx
	jbe	.L218
	addq	%r11, %rax
	leaq	(%r14,%rax,4), %rbx
	addq	%rsi, %rax
	vmovups	(%r15,%rax,4), %ymm0
	vmovups	(%rbx), %ymm1
	movq	%r9, %rax
	andq	$-8, %rax
	vcmpltps	%ymm0, %ymm1, %ymm4
	vcmpneqps	%ymm0, %ymm0, %ymm3
	addq	%rax, %rdx
	andl	$7, %r9d
	vpor	%ymm4, %ymm3, %ymm3
	vblendvps	%ymm3, %ymm0, %ymm1, %ymm0
	vmovups	%ymm0, (%rbx)
	je	.L219
.L218:
	leaq	(%rdx,%rsi), %rax
	leaq	0(,%rdx,4), %r9
	vmovss	(%r15,%rax,4), %xmm0
	leaq	(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L261
	vucomiss	%xmm0, %xmm0
	jnp	.L220
.L261:
	vmovaps	%xmm0, %xmm3
.L220:
	vmovss	%xmm3, (%rax)
	leaq	1(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L219
	addq	%rsi, %rax
	vmovss	(%r15,%rax,4), %xmm0
	leaq	4(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L262
	vucomiss	%xmm0, %xmm0
	jnp	.L223
.L262:
	vmovaps	%xmm0, %xmm3
.L223:
	vmovss	%xmm3, (%rax)
	leaq	2(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L219
	addq	%rsi, %rax
	vmovss	(%r15,%rax,4), %xmm0
	leaq	8(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L263
	vucomiss	%xmm0, %xmm0
	jnp	.L226
.L263:
	vmovaps	%xmm0, %xmm3
.L226:
	vmovss	%xmm3, (%rax)
	leaq	3(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L219
	addq	%rsi, %rax
	vmovss	(%r15,%rax,4), %xmm0
	leaq	12(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L264
	vucomiss	%xmm0, %xmm0
	jnp	.L229
.L264:
	vmovaps	%xmm0, %xmm3
.L229:
	vmovss	%xmm3, (%rax)
	leaq	4(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L219
	addq	%rsi, %rax
	vmovss	(%r15,%rax,4), %xmm0
	leaq	16(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L265
	vucomiss	%xmm0, %xmm0
	jnp	.L232
.L265:
	vmovaps	%xmm0, %xmm3
.L232:
	vmovss	%xmm3, (%rax)
	leaq	5(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L219
	addq	%rsi, %rax
	vmovss	(%r15,%rax,4), %xmm0
	leaq	20(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vucomiss	%xmm0, %xmm0
	jp	.L266
	vcomiss	%xmm3, %xmm0
	ja	.L266
.L235:
	addq	$6, %rdx
	vmovss	%xmm3, (%rax)
	cmpq	%rdx, %r8
	jle	.L219
	addq	%rsi, %rdx
	leaq	24(%r14,%r9), %rax
	vmovss	(%r15,%rdx,4), %xmm0
	vmovss	(%rax), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L267
	vucomiss	%xmm0, %xmm0
	jnp	.L238
.L267:
	vmovaps	%xmm0, %xmm3
.L238:
	vmovss	%xmm3, (%rax)
.L219:
	addq	$1, %r10
	addq	%r13, %rsi
	cmpq	%r10, %r12
	jg	.L241
.L343:
	vzeroupper
.L344:
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L250:
	.cfi_restore_state
	vmovaps	%xmm3, %xmm0
	jmp	.L181
.L254:
	vmovaps	%xmm3, %xmm0
	jmp	.L193
.L249:
	vmovaps	%xmm3, %xmm0
	jmp	.L178
.L251:
	vmovaps	%xmm3, %xmm0
	jmp	.L184
.L252:
	vmovaps	%xmm3, %xmm0
	jmp	.L187
.L253:
	vmovaps	%xmm3, %xmm0
	jmp	.L190
.L256:
	vmovaps	%xmm3, %xmm0
	jmp	.L199
	.p2align 4,,10
	.p2align 3
.L266:
	vmovaps	%xmm0, %xmm3
	jmp	.L235
.L245:
	movq	%r11, %rdx
	xorl	%eax, %eax
	jmp	.L215
.L346:
	addq	$1, %r10
	addq	%r13, %rsi
	cmpq	%r10, %r12
	jg	.L217
	jmp	.L343
.L242:
	movq	%rsi, %rax
	xorl	%ecx, %ecx
	jmp	.L161
.L243:
	leaq	0(,%r11,4), %rax
	xorl	%r10d, %r10d
	movq	%rax, -32(%rsp)
	jmp	.L166
.L244:
	movq	%r11, %rax
	xorl	%r12d, %r12d
	jmp	.L167
	.cfi_endproc
.LFE4844:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflllENKUlllE1_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflllENKUlllE1_clEll
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflllENKUlllE1_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflllENKUlllE1_clEll:
.LFB4854:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	andq	$-64, %rsp
	.cfi_offset 15, -24
	.cfi_offset 14, -32
	.cfi_offset 13, -40
	.cfi_offset 12, -48
	.cfi_offset 3, -56
	movq	24(%rdi), %rax
	movq	(%rax), %rax
	movq	%rax, -24(%rsp)
	movq	16(%rdi), %rax
	movq	(%rax), %r13
	movq	8(%rdi), %rax
	movq	(%rax), %r14
	movq	(%rdi), %rax
	movq	(%rax), %r12
	cmpq	%rdx, %rsi
	jge	.L532
	movq	%rdx, %r8
	subq	%rsi, %rdx
	movq	%rsi, %r11
	leaq	-1(%rdx), %rax
	cmpq	$14, %rax
	jbe	.L430
	movq	%rdx, %rcx
	leaq	(%r14,%rsi,4), %rax
	vbroadcastss	.LC1(%rip), %zmm0
	shrq	$4, %rcx
	salq	$6, %rcx
	addq	%rax, %rcx
	.p2align 4,,10
	.p2align 3
.L350:
	vmovups	%zmm0, (%rax)
	addq	$64, %rax
	cmpq	%rcx, %rax
	jne	.L350
	movq	%rdx, %rcx
	andq	$-16, %rcx
	leaq	(%rcx,%r11), %rax
	testb	$15, %dl
	je	.L351
.L349:
	subq	%rcx, %rdx
	leaq	-1(%rdx), %rsi
	cmpq	$6, %rsi
	jbe	.L352
	vbroadcastss	.LC1(%rip), %ymm0
	addq	%r11, %rcx
	vmovups	%ymm0, (%r14,%rcx,4)
	movq	%rdx, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edx
	je	.L351
.L352:
	vmovss	.LC1(%rip), %xmm0
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r14,%rax,4)
	cmpq	%rcx, %r8
	jle	.L351
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r14,%rdx)
	cmpq	%rcx, %r8
	jle	.L351
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r14,%rdx)
	cmpq	%rcx, %r8
	jle	.L351
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r14,%rdx)
	cmpq	%rcx, %r8
	jle	.L351
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r14,%rdx)
	cmpq	%rcx, %r8
	jle	.L351
	addq	$6, %rax
	vmovss	%xmm0, 20(%r14,%rdx)
	cmpq	%rax, %r8
	jle	.L351
	vmovss	%xmm0, 24(%r14,%rdx)
.L351:
	testq	%r13, %r13
	jle	.L531
	cmpq	$2, %r13
	jle	.L431
	movq	-24(%rsp), %rax
	leaq	-3(%r13), %r10
	movq	%r13, -56(%rsp)
	xorl	%ecx, %ecx
	movq	$0, -8(%rsp)
	andq	$-2, %r10
	movq	%r12, %r13
	leaq	0(,%rax,8), %rbx
	movq	%rax, %rsi
	addq	$2, %r10
	vmovq	%rbx, %xmm7
	leaq	0(,%r11,4), %rbx
	movq	%r10, -40(%rsp)
	movq	%rbx, -32(%rsp)
	leaq	(%r12,%rbx), %rdx
	leaq	(%rax,%rax), %rbx
	movq	%r8, %rax
	subq	%r11, %rax
	vmovq	%rbx, %xmm6
	movq	%r14, %rbx
	movq	%rax, -16(%rsp)
	subq	$1, %rax
	vmovq	%xmm6, %r9
	movq	%rax, -48(%rsp)
.L402:
	cmpq	$14, -48(%rsp)
	jbe	.L432
	movq	-32(%rsp), %rax
	movq	-16(%rsp), %rdi
	leaq	(%rbx,%rax), %r15
	movq	-24(%rsp), %rax
	shrq	$4, %rdi
	salq	$6, %rdi
	leaq	(%rdx,%rax,4), %r12
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L356:
	vmovups	(%rdx,%rax), %zmm0
	vmovups	(%r15,%rax), %zmm2
	vmovups	(%r12,%rax), %zmm3
	vcmpps	$1, (%r15,%rax), %zmm0, %k1
	vcmpps	$4, %zmm0, %zmm0, %k0
	korw	%k0, %k1, %k1
	vblendmps	%zmm0, %zmm2, %zmm0{%k1}
	vcmpps	$4, %zmm3, %zmm3, %k0
	vcmpps	$14, %zmm3, %zmm0, %k1
	korw	%k0, %k1, %k1
	vmovaps	%zmm3, %zmm0{%k1}
	vmovups	%zmm0, (%r15,%rax)
	addq	$64, %rax
	cmpq	%rdi, %rax
	jne	.L356
	movq	-16(%rsp), %rdi
	movq	%rdi, %r12
	andq	$-16, %r12
	andl	$15, %edi
	leaq	(%r12,%r11), %rax
	je	.L357
.L355:
	movq	-16(%rsp), %r14
	subq	%r12, %r14
	leaq	-1(%r14), %rdi
	cmpq	$6, %rdi
	jbe	.L358
	leaq	(%r12,%r11), %rdi
	leaq	(%r11,%rsi), %r15
	leaq	(%rbx,%rdi,4), %r10
	addq	%rcx, %rdi
	addq	%r12, %r15
	vmovups	0(%r13,%rdi,4), %ymm0
	vmovups	(%r10), %ymm2
	movq	%r14, %rdi
	andq	$-8, %rdi
	vcmpltps	(%r10), %ymm0, %ymm4
	vcmpneqps	%ymm0, %ymm0, %ymm3
	addq	%rdi, %rax
	andl	$7, %r14d
	vpor	%ymm4, %ymm3, %ymm3
	vblendvps	%ymm3, %ymm0, %ymm2, %ymm0
	vmovups	0(%r13,%r15,4), %ymm3
	vcmpltps	%ymm0, %ymm3, %ymm5
	vcmpneqps	%ymm3, %ymm3, %ymm4
	vpor	%ymm5, %ymm4, %ymm4
	vblendvps	%ymm4, %ymm3, %ymm0, %ymm0
	vmovups	%ymm0, (%r10)
	je	.L357
.L358:
	leaq	0(,%rax,4), %r14
	leaq	(%rax,%rcx), %rdi
	leaq	(%rbx,%r14), %r12
	vmovss	0(%r13,%rdi,4), %xmm3
	vmovss	(%r12), %xmm0
	vcomiss	%xmm3, %xmm0
	ja	.L435
	vucomiss	%xmm3, %xmm3
	jnp	.L360
.L435:
	vmovaps	%xmm3, %xmm0
.L360:
	leaq	(%rax,%rsi), %r15
	leaq	1(%rax), %rdi
	vmovss	0(%r13,%r15,4), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L436
	vucomiss	%xmm3, %xmm3
	jnp	.L363
.L436:
	vmovaps	%xmm3, %xmm0
.L363:
	vmovss	%xmm0, (%r12)
	cmpq	%rdi, %r8
	jle	.L357
	leaq	(%rdi,%rcx), %r12
	leaq	4(%rbx,%r14), %r15
	vmovss	0(%r13,%r12,4), %xmm3
	vmovss	(%r15), %xmm0
	vucomiss	%xmm3, %xmm3
	jp	.L437
	vcomiss	%xmm3, %xmm0
	ja	.L437
.L366:
	addq	%rsi, %rdi
	leaq	2(%rax), %r12
	vmovss	0(%r13,%rdi,4), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L438
	vucomiss	%xmm3, %xmm3
	jp	.L438
.L369:
	vmovss	%xmm0, (%r15)
	cmpq	%r12, %r8
	jle	.L357
	leaq	(%r12,%rcx), %rdi
	leaq	8(%rbx,%r14), %r15
	vmovss	0(%r13,%rdi,4), %xmm3
	vmovss	(%r15), %xmm0
	vucomiss	%xmm3, %xmm3
	jp	.L439
	vcomiss	%xmm3, %xmm0
	ja	.L439
.L372:
	addq	%rsi, %r12
	leaq	3(%rax), %rdi
	vmovss	0(%r13,%r12,4), %xmm3
	vucomiss	%xmm3, %xmm3
	jp	.L440
	vcomiss	%xmm3, %xmm0
	ja	.L440
.L375:
	vmovss	%xmm0, (%r15)
	cmpq	%rdi, %r8
	jle	.L357
	leaq	(%rdi,%rcx), %r12
	leaq	12(%rbx,%r14), %r15
	vmovss	0(%r13,%r12,4), %xmm3
	vmovss	(%r15), %xmm0
	vucomiss	%xmm3, %xmm3
	jp	.L441
	vcomiss	%xmm3, %xmm0
	ja	.L441
.L378:
	addq	%rsi, %rdi
	leaq	4(%rax), %r12
	vmovss	0(%r13,%rdi,4), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L442
	vucomiss	%xmm3, %xmm3
	jp	.L442
.L381:
	vmovss	%xmm0, (%r15)
	cmpq	%r12, %r8
	jle	.L357
	leaq	(%r12,%rcx), %rdi
	leaq	16(%rbx,%r14), %r15
	vmovss	0(%r13,%rdi,4), %xmm3
	vmovss	(%r15), %xmm0
	vcomiss	%xmm3, %xmm0
	ja	.L443
	vucomiss	%xmm3, %xmm3
	jnp	.L384
.L443:
	vmovaps	%xmm3, %xmm0
.L384:
	addq	%rsi, %r12
	leaq	5(%rax), %rdi
	vmovss	0(%r13,%r12,4), %xmm3
	vucomiss	%xmm3, %xmm3
	jp	.L444
	vcomiss	%xmm3, %xmm0
	ja	.L444
.L387:
	vmovss	%xmm0, (%r15)
	cmpq	%rdi, %r8
	jle	.L357
	leaq	(%rdi,%rcx), %r12
	vmovss	0(%r13,%r12,4), %xmm3
	leaq	20(%rbx,%r14), %r12
	vmovss	(%r12), %xmm0
	vcomiss	%xmm3, %xmm0
	ja	.L445
	vucomiss	%xmm3, %xmm3
	jnp	.L390
.L445:
	vmovaps	%xmm3, %xmm0
.L390:
	addq	%rsi, %rdi
	addq	$6, %rax
	vmovss	0(%r13,%rdi,4), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L446
	vucomiss	%xmm3, %xmm3
	jnp	.L393
.L446:
	vmovaps	%xmm3, %xmm0
.L393:
	vmovss	%xmm0, (%r12)
	cmpq	%rax, %r8
	jle	.L357
	leaq	(%rax,%rcx), %rdi
	vmovss	0(%r13,%rdi,4), %xmm3
	leaq	24(%rbx,%r14), %rdi
	vmovss	(%rdi), %xmm0
	vcomiss	%xmm3, %xmm0
	ja	.L447
	vucomiss	%xmm3, %xmm3
	jnp	.L396
.L447:
	vmovaps	%xmm3, %xmm0
.L396:
	addq	%rsi, %rax
	vmovss	0(%r13,%rax,4), %xmm3
	vcomiss	%xmm3, %xmm0
	ja	.L448
	vucomiss	%xmm3, %xmm3
	jnp	.L399
.L448:
	vmovaps	%xmm3, %xmm0
.L399:
	vmovss	%xmm0, (%rdi)
.L357:
	vmovq	%xmm7, %rdi
	addq	$2, -8(%rsp)
	addq	%r9, %rsi
	addq	%r9, %rcx
	addq	%rdi, %rdx
	movq	-8(%rsp), %rax
	movq	-40(%rsp), %rdi
	cmpq	%rdi, %rax
	jne	.L402
	movq	%r13, %r12
	movq	-56(%rsp), %r13
	movq	%rbx, %r14
	movq	%rdi, %r10
.L354:
	movq	%r8, %rax
	movq	-24(%rsp), %rdx
	subq	%r11, %rax
	leaq	-1(%rax), %rbx
	movq	%rax, %rdi
	movq	%rax, -16(%rsp)
	movq	%rdx, %rsi
	movq	%rbx, -8(%rsp)
	movq	-32(%rsp), %rbx
	imulq	%r10, %rsi
	shrq	$4, %rdi
	salq	$6, %rdi
	leaq	(%r12,%rbx), %r15
	leaq	(%r14,%rbx), %rcx
	movq	%rax, %rbx
	andq	$-16, %rax
	movq	%rax, -32(%rsp)
	andl	$15, %ebx
	addq	%r11, %rax
	vmovq	%r15, %xmm5
	movq	%rax, -40(%rsp)
	movq	%r12, %r15
	movq	%r13, %r12
	movq	%rdx, %r13
	movq	%rbx, -24(%rsp)
	.p2align 4,,10
	.p2align 3
.L429:
	cmpq	$14, -8(%rsp)
	jbe	.L433
	vmovq	%xmm5, %r9
.L405:
	leaq	(%r9,%rsi,4), %rdx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L404:
	vmovups	(%rdx,%rax), %zmm0
	vmovups	(%rcx,%rax), %zmm6
	vcmpps	$1, (%rcx,%rax), %zmm0, %k1
	vcmpps	$4, %zmm0, %zmm0, %k0
	korw	%k0, %k1, %k1
	vblendmps	%zmm0, %zmm6, %zmm0{%k1}
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdi
	jne	.L404
	cmpq	$0, -24(%rsp)
	je	.L534
	movq	-32(%rsp), %rax
	movq	-40(%rsp), %rdx
.L403:
	movq	-16(%rsp), %r9
	subq	%rax, %r9
	leaq	-1(%r9), %rbx
	cmpq	$6, %rbx
	jbe	.L406
	addq	%r11, %rax
	leaq	(%r14,%rax,4), %rbx
	addq	%rsi, %rax
	vmovups	(%r15,%rax,4), %ymm0
	vmovups	(%rbx), %ymm1
	movq	%r9, %rax
	andq	$-8, %rax
	vcmpltps	(%rbx), %ymm0, %ymm4
	vcmpneqps	%ymm0, %ymm0, %ymm3
	addq	%rax, %rdx
	andl	$7, %r9d
	vpor	%ymm4, %ymm3, %ymm3
	vblendvps	%ymm3, %ymm0, %ymm1, %ymm0
	vmovups	%ymm0, (%rbx)
	je	.L407
.L406:
	leaq	(%rdx,%rsi), %rax
	leaq	0(,%rdx,4), %r9
	vmovss	(%r15,%rax,4), %xmm0
	leaq	(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L449
	vucomiss	%xmm0, %xmm0
	jnp	.L408
.L449:
	vmovaps	%xmm0, %xmm3
.L408:
	vmovss	%xmm3, (%rax)
	leaq	1(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L407
	addq	%rsi, %rax
	vmovss	(%r15,%rax,4), %xmm0
	leaq	4(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L450
	vucomiss	%xmm0, %xmm0
	jnp	.L411
.L450:
	vmovaps	%xmm0, %xmm3
.L411:
	vmovss	%xmm3, (%rax)
	leaq	2(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L407
	addq	%rsi, %rax
	vmovss	(%r15,%rax,4), %xmm0
	leaq	8(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L451
	vucomiss	%xmm0, %xmm0
	jnp	.L414
.L451:
	vmovaps	%xmm0, %xmm3
.L414:
	vmovss	%xmm3, (%rax)
	leaq	3(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L407
	addq	%rsi, %rax
	vmovss	(%r15,%rax,4), %xmm0
	leaq	12(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L452
	vucomiss	%xmm0, %xmm0
	jnp	.L417
.L452:
	vmovaps	%xmm0, %xmm3
.L417:
	vmovss	%xmm3, (%rax)
	leaq	4(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L407
	addq	%rsi, %rax
	vmovss	(%r15,%rax,4), %xmm0
	leaq	16(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L453
	vucomiss	%xmm0, %xmm0
	jnp	.L420
.L453:
	vmovaps	%xmm0, %xmm3
.L420:
	vmovss	%xmm3, (%rax)
	leaq	5(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L407
	addq	%rsi, %rax
	vmovss	(%r15,%rax,4), %xmm0
	leaq	20(%r14,%r9), %rax
	vmovss	(%rax), %xmm3
	vucomiss	%xmm0, %xmm0
	jp	.L454
	vcomiss	%xmm0, %xmm3
	ja	.L454
.L423:
	addq	$6, %rdx
	vmovss	%xmm3, (%rax)
	cmpq	%rdx, %r8
	jle	.L407
	addq	%rsi, %rdx
	leaq	24(%r14,%r9), %rax
	vmovss	(%r15,%rdx,4), %xmm0
	vmovss	(%rax), %xmm3
	vcomiss	%xmm0, %xmm3
	ja	.L455
	vucomiss	%xmm0, %xmm0
	jnp	.L426
.L455:
	vmovaps	%xmm0, %xmm3
.L426:
	vmovss	%xmm3, (%rax)
.L407:
	addq	$1, %r10
	addq	%r13, %rsi
	cmpq	%r10, %r12
	jg	.L429
.L531:
	vzeroupper
.L532:
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L438:
	.cfi_restore_state
	vmovaps	%xmm3, %xmm0
	jmp	.L369
.L442:
	vmovaps	%xmm3, %xmm0
	jmp	.L381
.L437:
	vmovaps	%xmm3, %xmm0
	jmp	.L366
.L439:
	vmovaps	%xmm3, %xmm0
	jmp	.L372
.L440:
	vmovaps	%xmm3, %xmm0
	jmp	.L375
.L441:
	vmovaps	%xmm3, %xmm0
	jmp	.L378
.L444:
	vmovaps	%xmm3, %xmm0
	jmp	.L387
	.p2align 4,,10
	.p2align 3
.L454:
	vmovaps	%xmm0, %xmm3
	jmp	.L423
.L433:
	movq	%r11, %rdx
	xorl	%eax, %eax
	jmp	.L403
.L534:
	addq	$1, %r10
	addq	%r13, %rsi
	cmpq	%r10, %r12
	jg	.L405
	jmp	.L531
.L430:
	movq	%rsi, %rax
	xorl	%ecx, %ecx
	jmp	.L349
.L431:
	leaq	0(,%r11,4), %rax
	xorl	%r10d, %r10d
	movq	%rax, -32(%rsp)
	jmp	.L354
.L432:
	movq	%r11, %rax
	xorl	%r12d, %r12d
	jmp	.L355
	.cfi_endproc
.LFE4854:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflllENKUlllE1_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflllENKUlllE1_clEll
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflllENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflllENKUlllE_clEll:
.LFB4858:
	.cfi_startproc
	cmpq	%rdx, %rsi
	jge	.L541
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsi, %rax
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$8, %rsp
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	.cfi_offset 3, -40
	movq	8(%rdi), %rcx
	movq	24(%rdi), %r13
	movq	(%rcx), %rsi
	movq	16(%rdi), %rcx
	movq	(%rdi), %rdi
	movq	%rsi, %r8
	movq	(%rcx), %rcx
	leaq	0(,%rsi,4), %r12
	imulq	%rax, %r8
	movq	(%rdi), %rdi
	leaq	(%rcx,%rax,4), %r10
	leaq	(%rcx,%rdx,4), %rbx
	leaq	(%rdi,%r8,4), %r11
	.p2align 4,,10
	.p2align 3
.L537:
	movq	%r11, %rdi
	addq	$4, %r10
	addq	%r12, %r11
	call	_ZN2sc6avx51212_GLOBAL__N_117reduce_contiguousILNS_8ReduceOpE3EEEfPKfl
	vmulss	0(%r13), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r10)
	cmpq	%r10, %rbx
	jne	.L537
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L541:
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	ret
	.cfi_endproc
.LFE4858:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflllENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflllENKUlllE_clEll
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflllENKUlllE1_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflllENKUlllE1_clEll:
.LFB4874:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	andq	$-64, %rsp
	.cfi_offset 15, -24
	.cfi_offset 14, -32
	.cfi_offset 13, -40
	.cfi_offset 12, -48
	.cfi_offset 3, -56
	movq	24(%rdi), %rax
	movq	(%rax), %rax
	movq	%rax, -16(%rsp)
	movq	16(%rdi), %rax
	movq	(%rax), %rax
	movq	%rax, -8(%rsp)
	movq	8(%rdi), %rax
	movq	(%rax), %r15
	movq	(%rdi), %rax
	movq	(%rax), %r14
	cmpq	%rdx, %rsi
	jge	.L591
	movq	%rdx, %r8
	subq	%rsi, %rdx
	movq	%rsi, %r10
	leaq	-1(%rdx), %rax
	cmpq	$14, %rax
	jbe	.L564
	movq	%rdx, %rcx
	leaq	(%r15,%rsi,4), %rax
	vbroadcastss	.LC2(%rip), %zmm2
	shrq	$4, %rcx
	salq	$6, %rcx
	addq	%rax, %rcx
	.p2align 4,,10
	.p2align 3
.L547:
	vmovups	%zmm2, (%rax)
	addq	$64, %rax
	cmpq	%rcx, %rax
	jne	.L547
	movq	%rdx, %rcx
	andq	$-16, %rcx
	leaq	(%rcx,%r10), %rax
	testb	$15, %dl
	je	.L548
.L546:
	subq	%rcx, %rdx
	leaq	-1(%rdx), %rsi
	cmpq	$6, %rsi
	jbe	.L549
	vbroadcastss	.LC2(%rip), %ymm2
	addq	%r10, %rcx
	vmovups	%ymm2, (%r15,%rcx,4)
	movq	%rdx, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edx
	je	.L548
.L549:
	vmovss	.LC2(%rip), %xmm2
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm2, (%r15,%rax,4)
	cmpq	%rcx, %r8
	jle	.L548
	leaq	2(%rax), %rcx
	vmovss	%xmm2, 4(%r15,%rdx)
	cmpq	%rcx, %r8
	jle	.L548
	leaq	3(%rax), %rcx
	vmovss	%xmm2, 8(%r15,%rdx)
	cmpq	%rcx, %r8
	jle	.L548
	leaq	4(%rax), %rcx
	vmovss	%xmm2, 12(%r15,%rdx)
	cmpq	%rcx, %r8
	jle	.L548
	leaq	5(%rax), %rcx
	vmovss	%xmm2, 16(%r15,%rdx)
	cmpq	%rcx, %r8
	jle	.L548
	addq	$6, %rax
	vmovss	%xmm2, 20(%r15,%rdx)
	cmpq	%rax, %r8
	jle	.L548
	vmovss	%xmm2, 24(%r15,%rdx)
.L548:
	movq	-8(%rsp), %rax
	testq	%rax, %rax
	jle	.L590
	leaq	-1(%rax), %rdi
	movq	%rdi, -32(%rsp)
	cmpq	$2, %rax
	jle	.L565
	movq	-16(%rsp), %r9
	movq	%r8, %rbx
	xorl	%edi, %edi
	movq	$1, -24(%rsp)
	subq	%r10, %rbx
	leaq	0(,%r10,4), %rcx
	leaq	0(,%r9,8), %rax
	leaq	(%r14,%rcx), %rsi
	vmovq	%rax, %xmm4
	leaq	(%r9,%r9), %rax
	vmovq	%rax, %xmm3
	leaq	-1(%rbx), %rax
	movq	%rax, -40(%rsp)
.L557:
	cmpq	$14, -40(%rsp)
	jbe	.L566
	movq	-16(%rsp), %rax
	movq	%rbx, %r11
	leaq	(%r15,%rcx), %rdx
	shrq	$4, %r11
	leaq	(%rsi,%rax,4), %r13
	salq	$6, %r11
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L553:
	vmovups	(%rsi,%rax), %zmm7
	vmulps	(%rdx,%rax), %zmm7, %zmm2
	vmulps	0(%r13,%rax), %zmm2, %zmm2
	vmovups	%zmm2, (%rdx,%rax)
	addq	$64, %rax
	cmpq	%r11, %rax
	jne	.L553
	movq	%rbx, %rax
	andq	$-16, %rax
	leaq	(%rax,%r10), %rdx
	testb	$15, %bl
	je	.L554
.L552:
	movq	%rbx, %r11
	subq	%rax, %r11
	leaq	-1(%r11), %r13
	cmpq	$6, %r13
	jbe	.L555
	addq	%r10, %rax
	leaq	(%r15,%rax,4), %r13
	leaq	(%rax,%rdi), %r12
	addq	%r9, %rax
	vmovups	(%r14,%r12,4), %ymm1
	vmulps	0(%r13), %ymm1, %ymm2
	vmulps	(%r14,%rax,4), %ymm2, %ymm2
	movq	%r11, %rax
	andq	$-8, %rax
	addq	%rax, %rdx
	andl	$7, %r11d
	vmovups	%ymm2, 0(%r13)
	je	.L554
.L555:
	leaq	0(,%rdx,4), %r11
	leaq	(%rdx,%rdi), %r12
	leaq	(%r15,%r11), %r13
	vmovss	(%r14,%r12,4), %xmm0
	leaq	(%rdx,%r9), %r12
	vmulss	0(%r13), %xmm0, %xmm0
	leaq	1(%rdx), %rax
	vmulss	(%r14,%r12,4), %xmm0, %xmm0
	vmovss	%xmm0, 0(%r13)
	cmpq	%rax, %r8
	jle	.L554
	leaq	4(%r15,%r11), %r12
	leaq	2(%rdx), %r13
	vmovq	%r12, %xmm1
	leaq	(%rax,%rdi), %r12
	addq	%r9, %rax
	vmovss	(%r14,%r12,4), %xmm0
	vmovq	%xmm1, %r12
	vmulss	(%r12), %xmm0, %xmm0
	vmulss	(%r14,%rax,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r12)
	cmpq	%r13, %r8
	jle	.L554
	leaq	8(%r15,%r11), %rax
	leaq	(%rdi,%r13), %r12
	addq	%r9, %r13
	vmovq	%rax, %xmm1
	vmovss	(%r14,%r12,4), %xmm0
	leaq	3(%rdx), %rax
	vmovq	%xmm1, %r12
	vmulss	(%r12), %xmm0, %xmm0
	vmulss	(%r14,%r13,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r12)
	cmpq	%rax, %r8
	jle	.L554
	leaq	12(%r15,%r11), %r12
	leaq	4(%rdx), %r13
	vmovq	%r12, %xmm1
	leaq	(%rdi,%rax), %r12
	addq	%r9, %rax
	vmovss	(%r14,%r12,4), %xmm0
	vmovq	%xmm1, %r12
	vmulss	(%r12), %xmm0, %xmm0
	vmulss	(%r14,%rax,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r12)
	cmpq	%r13, %r8
	jle	.L554
	leaq	16(%r15,%r11), %rax
	leaq	(%rdi,%r13), %r12
	addq	%r9, %r13
	vmovq	%rax, %xmm1
	vmovss	(%r14,%r12,4), %xmm0
	leaq	5(%rdx), %rax
	vmovq	%xmm1, %r12
	vmulss	(%r12), %xmm0, %xmm0
	vmulss	(%r14,%r13,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r12)
	cmpq	%rax, %r8
	jle	.L554
	leaq	20(%r15,%r11), %r13
	leaq	(%rdi,%rax), %r12
	addq	%r9, %rax
	addq	$6, %rdx
	vmovss	(%r14,%r12,4), %xmm0
	vmulss	0(%r13), %xmm0, %xmm0
	vmulss	(%r14,%rax,4), %xmm0, %xmm0
	vmovss	%xmm0, 0(%r13)
	cmpq	%rdx, %r8
	jle	.L554
	leaq	24(%r15,%r11), %rax
	leaq	(%rdx,%rdi), %r11
	addq	%r9, %rdx
	vmovss	(%r14,%r11,4), %xmm0
	vmulss	(%rax), %xmm0, %xmm0
	vmulss	(%r14,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%rax)
.L554:
	vmovq	%xmm4, %rdx
	movq	-24(%rsp), %rax
	addq	%rdx, %rsi
	vmovq	%xmm3, %rdx
	addq	$2, %rax
	addq	%rdx, %rdi
	addq	%rdx, %r9
	cmpq	%rax, -32(%rsp)
	jle	.L593
	movq	%rax, -24(%rsp)
	jmp	.L557
.L593:
	movq	-24(%rsp), %r11
	addq	$1, %r11
.L551:
	movq	%r8, %rax
	movq	-16(%rsp), %rdx
	leaq	(%r14,%rcx), %r13
	addq	%r15, %rcx
	subq	%r10, %rax
	movq	%rax, %rbx
	leaq	-1(%rax), %rdi
	movq	%rdx, %rsi
	movq	%rax, -24(%rsp)
	andq	$-16, %rbx
	movq	%rdi, -16(%rsp)
	imulq	%r11, %rsi
	movq	%rax, %rdi
	movq	%rbx, %r12
	leaq	(%r10,%rbx), %rbx
	andl	$15, %eax
	shrq	$4, %rdi
	movq	%rbx, -40(%rsp)
	salq	$6, %rdi
	movq	%rax, -32(%rsp)
	movq	%r13, %rax
	movq	%r14, %r13
	movq	%r12, -48(%rsp)
	movq	%rax, %r14
	movq	%rdx, %r12
	.p2align 4,,10
	.p2align 3
.L563:
	cmpq	$14, -16(%rsp)
	jbe	.L568
.L560:
	leaq	(%r14,%rsi,4), %rdx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L559:
	vmovups	(%rdx,%rax), %zmm5
	vmulps	(%rcx,%rax), %zmm5, %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdi
	jne	.L559
	cmpq	$0, -32(%rsp)
	je	.L594
	movq	-48(%rsp), %rax
	movq	-40(%rsp), %rdx
.L558:
	movq	-24(%rsp), %r9
	subq	%rax, %r9
	leaq	-1(%r9), %rbx
	cmpq	$6, %rbx
	jbe	.L561
	addq	%r10, %rax
	leaq	(%r15,%rax,4), %rbx
	addq	%rsi, %rax
	vmovups	0(%r13,%rax,4), %ymm6
	vmulps	(%rbx), %ymm6, %ymm2
	movq	%r9, %rax
	andq	$-8, %rax
	addq	%rax, %rdx
	andl	$7, %r9d
	vmovups	%ymm2, (%rbx)
	je	.L562
.L561:
	leaq	0(,%rdx,4), %r9
	leaq	(%rdx,%rsi), %rbx
	leaq	(%r15,%r9), %rax
	vmovss	(%rax), %xmm2
	vmulss	0(%r13,%rbx,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rax)
	leaq	1(%rdx), %rax
	cmpq	%rax, %r8
	jle	.L562
	leaq	4(%r15,%r9), %rbx
	addq	%rsi, %rax
	vmovss	(%rbx), %xmm2
	vmulss	0(%r13,%rax,4), %xmm2, %xmm2
	leaq	2(%rdx), %rax
	vmovss	%xmm2, (%rbx)
	cmpq	%rax, %r8
	jle	.L562
	leaq	8(%r15,%r9), %rbx
	addq	%rsi, %rax
	vmovss	(%rbx), %xmm2
	vmulss	0(%r13,%rax,4), %xmm2, %xmm2
	leaq	3(%rdx), %rax
	vmovss	%xmm2, (%rbx)
	cmpq	%rax, %r8
	jle	.L562
	leaq	12(%r15,%r9), %rbx
	addq	%rsi, %rax
	vmovss	(%rbx), %xmm2
	vmulss	0(%r13,%rax,4), %xmm2, %xmm2
	leaq	4(%rdx), %rax
	vmovss	%xmm2, (%rbx)
	cmpq	%rax, %r8
	jle	.L562
	leaq	16(%r15,%r9), %rbx
	addq	%rsi, %rax
	vmovss	(%rbx), %xmm2
	vmulss	0(%r13,%rax,4), %xmm2, %xmm2
	leaq	5(%rdx), %rax
	vmovss	%xmm2, (%rbx)
	cmpq	%rax, %r8
	jle	.L562
	leaq	20(%r15,%r9), %rbx
	addq	%rsi, %rax
	addq	$6, %rdx
	vmovss	(%rbx), %xmm2
	vmulss	0(%r13,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rbx)
	cmpq	%rdx, %r8
	jle	.L562
	leaq	24(%r15,%r9), %rax
	addq	%rsi, %rdx
	vmovss	(%rax), %xmm2
	vmulss	0(%r13,%rdx,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rax)
.L562:
	addq	$1, %r11
	addq	%r12, %rsi
	cmpq	%r11, -8(%rsp)
	jg	.L563
.L590:
	vzeroupper
.L591:
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L568:
	.cfi_restore_state
	movq	%r10, %rdx
	xorl	%eax, %eax
	jmp	.L558
.L594:
	addq	$1, %r11
	addq	%r12, %rsi
	cmpq	%r11, -8(%rsp)
	jg	.L560
	jmp	.L590
.L564:
	movq	%rsi, %rax
	xorl	%ecx, %ecx
	jmp	.L546
.L565:
	xorl	%r11d, %r11d
	leaq	0(,%r10,4), %rcx
	jmp	.L551
.L566:
	movq	%r10, %rdx
	xorl	%eax, %eax
	jmp	.L552
	.cfi_endproc
.LFE4874:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflllENKUlllE1_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflllENKUlllE1_clEll
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfEUlllE_E9_M_invokeERKSt9_Any_dataOlSD_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfEUlllE_E9_M_invokeERKSt9_Any_dataOlSD_:
.LFB5317:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfENKUlllE_clEll
	.cfi_endproc
.LFE5317:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfEUlllE_E9_M_invokeERKSt9_Any_dataOlSD_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfEUlllE_E9_M_invokeERKSt9_Any_dataOlSD_
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5608:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflllENKUlllE_clEll
	.cfi_endproc
.LFE5608:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5633:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflllENKUlllE_clEll
	.cfi_endproc
.LFE5633:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5647:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflllENKUlllE1_clEll
	.cfi_endproc
.LFE5647:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5656:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflllENKUlllE_clEll
	.cfi_endproc
.LFE5656:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5670:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflllENKUlllE1_clEll
	.cfi_endproc
.LFE5670:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5677:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflllENKUlllE_clEll
	.cfi_endproc
.LFE5677:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5702:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflllENKUlllE_clEll
	.cfi_endproc
.LFE5702:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5716:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflllENKUlllE1_clEll
	.cfi_endproc
.LFE5716:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_
	.section	.text.unlikely,"ax",@progbits
.LCOLDB11:
	.text
.LHOTB11:
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflll, @function
_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflll:
.LFB4827:
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDA4827
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	movq	%rdx, %r12
	pushq	%rbx
	andq	$-32, %rsp
	addq	$-128, %rsp
	.cfi_offset 3, -40
	movq	%rdi, 56(%rsp)
	movq	%rsi, 48(%rsp)
	movq	%rcx, 40(%rsp)
	movq	%r8, 32(%rsp)
	movl	$0x3f800000, 76(%rsp)
	cmpq	$1, %r8
	je	.L679
.LEHB0:
	call	_ZN2sc4poolEv@PLT
.LEHE0:
	movq	32(%rax), %rdx
	subq	24(%rax), %rdx
	movq	%rdx, %rax
	sarq	$3, %rax
	leal	2(%rax,%rax), %eax
	cltq
	cmpq	%r12, %rax
	jle	.L613
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rdx
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	xorl	%ebx, %ebx
	vmovq	%rdx, %xmm3
	vpinsrq	$1, %rax, %xmm3, %xmm2
	vmovdqa	%xmm2, 16(%rsp)
	testq	%r12, %r12
	jle	.L677
	.p2align 4,,10
	.p2align 3
.L614:
	movq	40(%rsp), %rdx
	movq	32(%rsp), %rax
	movq	$0, 112(%rsp)
	vpxor	%xmm4, %xmm4, %xmm4
	movq	56(%rsp), %rcx
	vmovdqa	%xmm4, 96(%rsp)
	movl	$40, %edi
	movq	$0, 120(%rsp)
	imulq	%rbx, %rdx
	imulq	%rax, %rdx
	imulq	%rbx, %rax
	leaq	(%rcx,%rdx,4), %rdx
	movq	%rdx, 80(%rsp)
	movq	48(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, 88(%rsp)
.LEHB1:
	call	_Znwm@PLT
.LEHE1:
	leaq	80(%rsp), %rdi
	leaq	88(%rsp), %rdx
	vmovdqa	16(%rsp), %xmm5
	movq	%rax, 96(%rsp)
	vmovq	%rdi, %xmm0
	leaq	40(%rsp), %rdi
	leaq	32(%rsp), %rcx
	movl	$32768, %esi
	vmovq	%rdi, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	76(%rsp), %rdx
	vmovdqa	%xmm5, 112(%rsp)
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	movq	40(%rsp), %rcx
	movq	%rdx, 32(%rax)
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	vmovdqu	%ymm0, (%rax)
	testq	%rcx, %rcx
	jle	.L621
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$64, %edx
	movq	%rax, %rsi
	cmpq	%rdx, %rax
	cmovl	%rdx, %rsi
.L621:
	leaq	96(%rsp), %r13
	movq	32(%rsp), %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB2:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE2:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L625
	addq	$1, %rbx
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	call	*%rax
	cmpq	%rbx, %r12
	jne	.L614
.L677:
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L625:
	.cfi_restore_state
	addq	$1, %rbx
	cmpq	%rbx, %r12
	jne	.L614
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L679:
	.cfi_restore_state
	movq	$0, 112(%rsp)
	vpxor	%xmm0, %xmm0, %xmm0
	movl	$32, %edi
	movq	$0, 120(%rsp)
	vmovdqa	%xmm0, 96(%rsp)
.LEHB3:
	call	_Znwm@PLT
.LEHE3:
	leaq	56(%rsp), %rbx
	leaq	76(%rsp), %rcx
	movq	%rax, 96(%rsp)
	movl	$32768, %esi
	vmovq	%rbx, %xmm0
	leaq	48(%rsp), %rbx
	leaq	40(%rsp), %rdx
	vmovq	%rbx, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rbx
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	movq	40(%rsp), %rcx
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	vmovdqu	%ymm0, (%rax)
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	vmovq	%rbx, %xmm0
	vpinsrq	$1, %rax, %xmm0, %xmm0
	vmovdqa	%xmm0, 112(%rsp)
	testq	%rcx, %rcx
	jle	.L607
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$1, %edx
	movq	%rax, %rsi
	testq	%rax, %rax
	cmovle	%rdx, %rsi
.L607:
	leaq	96(%rsp), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB4:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE4:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L677
	movq	%r13, %rsi
	movq	%r13, %rdi
	movl	$3, %edx
	call	*%rax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L613:
	.cfi_restore_state
	movq	$0, 112(%rsp)
	vpxor	%xmm0, %xmm0, %xmm0
	movl	$40, %edi
	movq	$0, 120(%rsp)
	vmovdqa	%xmm0, 96(%rsp)
.LEHB5:
	call	_Znwm@PLT
.LEHE5:
	leaq	56(%rsp), %rbx
	leaq	40(%rsp), %rdx
	movq	%rax, 96(%rsp)
	movl	$32768, %esi
	vmovq	%rbx, %xmm0
	leaq	32(%rsp), %rbx
	leaq	48(%rsp), %rcx
	vmovq	%rbx, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rbx
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	leaq	76(%rsp), %rdx
	movq	40(%rsp), %rcx
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	imulq	32(%rsp), %rcx
	movq	%rdx, 32(%rax)
	vmovdqu	%ymm0, (%rax)
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE0_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	vmovq	%rbx, %xmm0
	vpinsrq	$1, %rax, %xmm0, %xmm0
	vmovdqa	%xmm0, 112(%rsp)
	testq	%rcx, %rcx
	jle	.L616
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$1, %edx
	movq	%rax, %rsi
	testq	%rax, %rax
	cmovle	%rdx, %rsi
.L616:
	leaq	96(%rsp), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB6:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE6:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L677
	movq	%r13, %rsi
	movq	%r13, %rdi
	movl	$3, %edx
	call	*%rax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L641:
	.cfi_restore_state
	movq	%rax, %rbx
	jmp	.L618
.L642:
	movq	%rax, %rbx
	jmp	.L623
.L640:
	movq	%rax, %rbx
	jmp	.L609
.L639:
	movq	%rax, %rbx
	jmp	.L631
.L637:
	movq	%rax, %rbx
	jmp	.L627
.L638:
	movq	%rax, %rbx
	jmp	.L629
	.globl	__gxx_personality_v0
	.section	.gcc_except_table,"a",@progbits
.LLSDA4827:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSE4827-.LLSDACSB4827
.LLSDACSB4827:
	.uleb128 .LEHB0-.LFB4827
	.uleb128 .LEHE0-.LEHB0
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB1-.LFB4827
	.uleb128 .LEHE1-.LEHB1
	.uleb128 .L642-.LFB4827
	.uleb128 0
	.uleb128 .LEHB2-.LFB4827
	.uleb128 .LEHE2-.LEHB2
	.uleb128 .L639-.LFB4827
	.uleb128 0
	.uleb128 .LEHB3-.LFB4827
	.uleb128 .LEHE3-.LEHB3
	.uleb128 .L640-.LFB4827
	.uleb128 0
	.uleb128 .LEHB4-.LFB4827
	.uleb128 .LEHE4-.LEHB4
	.uleb128 .L637-.LFB4827
	.uleb128 0
	.uleb128 .LEHB5-.LFB4827
	.uleb128 .LEHE5-.LEHB5
	.uleb128 .L641-.LFB4827
	.uleb128 0
	.uleb128 .LEHB6-.LFB4827
	.uleb128 .LEHE6-.LEHB6
	.uleb128 .L638-.LFB4827
	.uleb128 0
.LLSDACSE4827:
	.text
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDAC4827
	.type	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflll.cold, @function
_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflll.cold:
.LFSB4827:
.L618:
	.cfi_def_cfa 6, 16
	.cfi_offset 3, -40
	.cfi_offset 6, -16
	.cfi_offset 12, -32
	.cfi_offset 13, -24
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L680
	vzeroupper
.L619:
	movq	%rbx, %rdi
.LEHB7:
	call	_Unwind_Resume@PLT
.L623:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L681
	vzeroupper
.L624:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE7:
.L680:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L619
.L681:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L624
.L609:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L682
	vzeroupper
.L610:
	movq	%rbx, %rdi
.LEHB8:
	call	_Unwind_Resume@PLT
.L631:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L683
	vzeroupper
.L632:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE8:
.L682:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L610
.L627:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L684
	vzeroupper
.L628:
	movq	%rbx, %rdi
.LEHB9:
	call	_Unwind_Resume@PLT
.L629:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L685
	vzeroupper
.L630:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE9:
.L684:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L628
.L683:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L632
.L685:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L630
	.cfi_endproc
.LFE4827:
	.section	.gcc_except_table
.LLSDAC4827:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSEC4827-.LLSDACSBC4827
.LLSDACSBC4827:
	.uleb128 .LEHB7-.LCOLDB11
	.uleb128 .LEHE7-.LEHB7
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB8-.LCOLDB11
	.uleb128 .LEHE8-.LEHB8
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB9-.LCOLDB11
	.uleb128 .LEHE9-.LEHB9
	.uleb128 0
	.uleb128 0
.LLSDACSEC4827:
	.section	.text.unlikely
	.text
	.size	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflll, .-_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflll
	.section	.text.unlikely
	.size	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflll.cold, .-_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflll.cold
.LCOLDE11:
	.text
.LHOTE11:
	.section	.text.unlikely
.LCOLDB12:
	.text
.LHOTB12:
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflll, @function
_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflll:
.LFB4837:
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDA4837
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	movq	%rdx, %r12
	pushq	%rbx
	andq	$-32, %rsp
	addq	$-128, %rsp
	.cfi_offset 3, -40
	movq	%rdi, 56(%rsp)
	movq	%rsi, 48(%rsp)
	movq	%rcx, 40(%rsp)
	movq	%r8, 32(%rsp)
	movl	$0x3f800000, 76(%rsp)
	cmpq	$1, %r8
	je	.L760
.LEHB10:
	call	_ZN2sc4poolEv@PLT
.LEHE10:
	movq	32(%rax), %rdx
	subq	24(%rax), %rdx
	movq	%rdx, %rax
	sarq	$3, %rax
	leal	2(%rax,%rax), %eax
	cltq
	cmpq	%r12, %rax
	jle	.L694
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rdx
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	xorl	%ebx, %ebx
	vmovq	%rdx, %xmm3
	vpinsrq	$1, %rax, %xmm3, %xmm2
	vmovdqa	%xmm2, 16(%rsp)
	testq	%r12, %r12
	jle	.L758
	.p2align 4,,10
	.p2align 3
.L695:
	movq	40(%rsp), %rdx
	movq	32(%rsp), %rax
	movq	$0, 112(%rsp)
	vpxor	%xmm4, %xmm4, %xmm4
	movq	56(%rsp), %rcx
	vmovdqa	%xmm4, 96(%rsp)
	movl	$40, %edi
	movq	$0, 120(%rsp)
	imulq	%rbx, %rdx
	imulq	%rax, %rdx
	imulq	%rbx, %rax
	leaq	(%rcx,%rdx,4), %rdx
	movq	%rdx, 80(%rsp)
	movq	48(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, 88(%rsp)
.LEHB11:
	call	_Znwm@PLT
.LEHE11:
	leaq	80(%rsp), %rdi
	leaq	88(%rsp), %rdx
	vmovdqa	16(%rsp), %xmm5
	movq	%rax, 96(%rsp)
	vmovq	%rdi, %xmm0
	leaq	40(%rsp), %rdi
	leaq	32(%rsp), %rcx
	movl	$32768, %esi
	vmovq	%rdi, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	76(%rsp), %rdx
	vmovdqa	%xmm5, 112(%rsp)
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	movq	40(%rsp), %rcx
	movq	%rdx, 32(%rax)
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	vmovdqu	%ymm0, (%rax)
	testq	%rcx, %rcx
	jle	.L702
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$64, %edx
	movq	%rax, %rsi
	cmpq	%rdx, %rax
	cmovl	%rdx, %rsi
.L702:
	leaq	96(%rsp), %r13
	movq	32(%rsp), %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB12:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE12:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L706
	addq	$1, %rbx
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	call	*%rax
	cmpq	%rbx, %r12
	jne	.L695
.L758:
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L706:
	.cfi_restore_state
	addq	$1, %rbx
	cmpq	%rbx, %r12
	jne	.L695
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L760:
	.cfi_restore_state
	movq	$0, 112(%rsp)
	vpxor	%xmm0, %xmm0, %xmm0
	movl	$32, %edi
	movq	$0, 120(%rsp)
	vmovdqa	%xmm0, 96(%rsp)
.LEHB13:
	call	_Znwm@PLT
.LEHE13:
	leaq	56(%rsp), %rbx
	leaq	76(%rsp), %rcx
	movq	%rax, 96(%rsp)
	movl	$32768, %esi
	vmovq	%rbx, %xmm0
	leaq	48(%rsp), %rbx
	leaq	40(%rsp), %rdx
	vmovq	%rbx, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rbx
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	movq	40(%rsp), %rcx
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	vmovdqu	%ymm0, (%rax)
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	vmovq	%rbx, %xmm0
	vpinsrq	$1, %rax, %xmm0, %xmm0
	vmovdqa	%xmm0, 112(%rsp)
	testq	%rcx, %rcx
	jle	.L688
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$1, %edx
	movq	%rax, %rsi
	testq	%rax, %rax
	cmovle	%rdx, %rsi
.L688:
	leaq	96(%rsp), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB14:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE14:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L758
	movq	%r13, %rsi
	movq	%r13, %rdi
	movl	$3, %edx
	call	*%rax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L694:
	.cfi_restore_state
	movq	$0, 112(%rsp)
	vpxor	%xmm0, %xmm0, %xmm0
	movl	$40, %edi
	movq	$0, 120(%rsp)
	vmovdqa	%xmm0, 96(%rsp)
.LEHB15:
	call	_Znwm@PLT
.LEHE15:
	leaq	56(%rsp), %rbx
	leaq	40(%rsp), %rdx
	movq	%rax, 96(%rsp)
	movl	$32768, %esi
	vmovq	%rbx, %xmm0
	leaq	32(%rsp), %rbx
	leaq	48(%rsp), %rcx
	vmovq	%rbx, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rbx
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	leaq	76(%rsp), %rdx
	movq	40(%rsp), %rcx
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	imulq	32(%rsp), %rcx
	movq	%rdx, 32(%rax)
	vmovdqu	%ymm0, (%rax)
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE0_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	vmovq	%rbx, %xmm0
	vpinsrq	$1, %rax, %xmm0, %xmm0
	vmovdqa	%xmm0, 112(%rsp)
	testq	%rcx, %rcx
	jle	.L697
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$1, %edx
	movq	%rax, %rsi
	testq	%rax, %rax
	cmovle	%rdx, %rsi
.L697:
	leaq	96(%rsp), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB16:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE16:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L758
	movq	%r13, %rsi
	movq	%r13, %rdi
	movl	$3, %edx
	call	*%rax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L722:
	.cfi_restore_state
	movq	%rax, %rbx
	jmp	.L699
.L723:
	movq	%rax, %rbx
	jmp	.L704
.L721:
	movq	%rax, %rbx
	jmp	.L690
.L720:
	movq	%rax, %rbx
	jmp	.L712
.L718:
	movq	%rax, %rbx
	jmp	.L708
.L719:
	movq	%rax, %rbx
	jmp	.L710
	.section	.gcc_except_table
.LLSDA4837:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSE4837-.LLSDACSB4837
.LLSDACSB4837:
	.uleb128 .LEHB10-.LFB4837
	.uleb128 .LEHE10-.LEHB10
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB11-.LFB4837
	.uleb128 .LEHE11-.LEHB11
	.uleb128 .L723-.LFB4837
	.uleb128 0
	.uleb128 .LEHB12-.LFB4837
	.uleb128 .LEHE12-.LEHB12
	.uleb128 .L720-.LFB4837
	.uleb128 0
	.uleb128 .LEHB13-.LFB4837
	.uleb128 .LEHE13-.LEHB13
	.uleb128 .L721-.LFB4837
	.uleb128 0
	.uleb128 .LEHB14-.LFB4837
	.uleb128 .LEHE14-.LEHB14
	.uleb128 .L718-.LFB4837
	.uleb128 0
	.uleb128 .LEHB15-.LFB4837
	.uleb128 .LEHE15-.LEHB15
	.uleb128 .L722-.LFB4837
	.uleb128 0
	.uleb128 .LEHB16-.LFB4837
	.uleb128 .LEHE16-.LEHB16
	.uleb128 .L719-.LFB4837
	.uleb128 0
.LLSDACSE4837:
	.text
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDAC4837
	.type	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflll.cold, @function
_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflll.cold:
.LFSB4837:
.L699:
	.cfi_def_cfa 6, 16
	.cfi_offset 3, -40
	.cfi_offset 6, -16
	.cfi_offset 12, -32
	.cfi_offset 13, -24
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L761
	vzeroupper
.L700:
	movq	%rbx, %rdi
.LEHB17:
	call	_Unwind_Resume@PLT
.L704:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L762
	vzeroupper
.L705:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE17:
.L761:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L700
.L762:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L705
.L690:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L763
	vzeroupper
.L691:
	movq	%rbx, %rdi
.LEHB18:
	call	_Unwind_Resume@PLT
.L712:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L764
	vzeroupper
.L713:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE18:
.L763:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L691
.L708:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L765
	vzeroupper
.L709:
	movq	%rbx, %rdi
.LEHB19:
	call	_Unwind_Resume@PLT
.L710:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L766
	vzeroupper
.L711:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE19:
.L765:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L709
.L764:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L713
.L766:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L711
	.cfi_endproc
.LFE4837:
	.section	.gcc_except_table
.LLSDAC4837:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSEC4837-.LLSDACSBC4837
.LLSDACSBC4837:
	.uleb128 .LEHB17-.LCOLDB12
	.uleb128 .LEHE17-.LEHB17
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB18-.LCOLDB12
	.uleb128 .LEHE18-.LEHB18
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB19-.LCOLDB12
	.uleb128 .LEHE19-.LEHB19
	.uleb128 0
	.uleb128 0
.LLSDACSEC4837:
	.section	.text.unlikely
	.text
	.size	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflll, .-_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflll
	.section	.text.unlikely
	.size	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflll.cold, .-_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE1EEEvPKfPflll.cold
.LCOLDE12:
	.text
.LHOTE12:
	.section	.text.unlikely
.LCOLDB13:
	.text
.LHOTB13:
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflll, @function
_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflll:
.LFB4847:
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDA4847
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	movq	%rdx, %r12
	pushq	%rbx
	andq	$-32, %rsp
	addq	$-128, %rsp
	.cfi_offset 3, -40
	movq	%rdi, 56(%rsp)
	movq	%rsi, 48(%rsp)
	movq	%rcx, 40(%rsp)
	movq	%r8, 32(%rsp)
	movl	$0x3f800000, 76(%rsp)
	cmpq	$1, %r8
	je	.L841
.LEHB20:
	call	_ZN2sc4poolEv@PLT
.LEHE20:
	movq	32(%rax), %rdx
	subq	24(%rax), %rdx
	movq	%rdx, %rax
	sarq	$3, %rax
	leal	2(%rax,%rax), %eax
	cltq
	cmpq	%r12, %rax
	jle	.L775
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rdx
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	xorl	%ebx, %ebx
	vmovq	%rdx, %xmm3
	vpinsrq	$1, %rax, %xmm3, %xmm2
	vmovdqa	%xmm2, 16(%rsp)
	testq	%r12, %r12
	jle	.L839
	.p2align 4,,10
	.p2align 3
.L776:
	movq	40(%rsp), %rdx
	movq	32(%rsp), %rax
	movq	$0, 112(%rsp)
	vpxor	%xmm4, %xmm4, %xmm4
	movq	56(%rsp), %rcx
	vmovdqa	%xmm4, 96(%rsp)
	movl	$40, %edi
	movq	$0, 120(%rsp)
	imulq	%rbx, %rdx
	imulq	%rax, %rdx
	imulq	%rbx, %rax
	leaq	(%rcx,%rdx,4), %rdx
	movq	%rdx, 80(%rsp)
	movq	48(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, 88(%rsp)
.LEHB21:
	call	_Znwm@PLT
.LEHE21:
	leaq	80(%rsp), %rdi
	leaq	88(%rsp), %rdx
	vmovdqa	16(%rsp), %xmm5
	movq	%rax, 96(%rsp)
	vmovq	%rdi, %xmm0
	leaq	40(%rsp), %rdi
	leaq	32(%rsp), %rcx
	movl	$32768, %esi
	vmovq	%rdi, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	76(%rsp), %rdx
	vmovdqa	%xmm5, 112(%rsp)
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	movq	40(%rsp), %rcx
	movq	%rdx, 32(%rax)
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	vmovdqu	%ymm0, (%rax)
	testq	%rcx, %rcx
	jle	.L783
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$64, %edx
	movq	%rax, %rsi
	cmpq	%rdx, %rax
	cmovl	%rdx, %rsi
.L783:
	leaq	96(%rsp), %r13
	movq	32(%rsp), %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB22:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE22:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L787
	addq	$1, %rbx
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	call	*%rax
	cmpq	%rbx, %r12
	jne	.L776
.L839:
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L787:
	.cfi_restore_state
	addq	$1, %rbx
	cmpq	%rbx, %r12
	jne	.L776
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L841:
	.cfi_restore_state
	movq	$0, 112(%rsp)
	vpxor	%xmm0, %xmm0, %xmm0
	movl	$32, %edi
	movq	$0, 120(%rsp)
	vmovdqa	%xmm0, 96(%rsp)
.LEHB23:
	call	_Znwm@PLT
.LEHE23:
	leaq	56(%rsp), %rbx
	leaq	76(%rsp), %rcx
	movq	%rax, 96(%rsp)
	movl	$32768, %esi
	vmovq	%rbx, %xmm0
	leaq	48(%rsp), %rbx
	leaq	40(%rsp), %rdx
	vmovq	%rbx, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rbx
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	movq	40(%rsp), %rcx
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	vmovdqu	%ymm0, (%rax)
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	vmovq	%rbx, %xmm0
	vpinsrq	$1, %rax, %xmm0, %xmm0
	vmovdqa	%xmm0, 112(%rsp)
	testq	%rcx, %rcx
	jle	.L769
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$1, %edx
	movq	%rax, %rsi
	testq	%rax, %rax
	cmovle	%rdx, %rsi
.L769:
	leaq	96(%rsp), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB24:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE24:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L839
	movq	%r13, %rsi
	movq	%r13, %rdi
	movl	$3, %edx
	call	*%rax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L775:
	.cfi_restore_state
	movq	$0, 112(%rsp)
	vpxor	%xmm0, %xmm0, %xmm0
	movl	$40, %edi
	movq	$0, 120(%rsp)
	vmovdqa	%xmm0, 96(%rsp)
.LEHB25:
	call	_Znwm@PLT
.LEHE25:
	leaq	56(%rsp), %rbx
	leaq	40(%rsp), %rdx
	movq	%rax, 96(%rsp)
	movl	$32768, %esi
	vmovq	%rbx, %xmm0
	leaq	32(%rsp), %rbx
	leaq	48(%rsp), %rcx
	vmovq	%rbx, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rbx
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	leaq	76(%rsp), %rdx
	movq	40(%rsp), %rcx
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	imulq	32(%rsp), %rcx
	movq	%rdx, 32(%rax)
	vmovdqu	%ymm0, (%rax)
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE0_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	vmovq	%rbx, %xmm0
	vpinsrq	$1, %rax, %xmm0, %xmm0
	vmovdqa	%xmm0, 112(%rsp)
	testq	%rcx, %rcx
	jle	.L778
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$1, %edx
	movq	%rax, %rsi
	testq	%rax, %rax
	cmovle	%rdx, %rsi
.L778:
	leaq	96(%rsp), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB26:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE26:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L839
	movq	%r13, %rsi
	movq	%r13, %rdi
	movl	$3, %edx
	call	*%rax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L803:
	.cfi_restore_state
	movq	%rax, %rbx
	jmp	.L780
.L804:
	movq	%rax, %rbx
	jmp	.L785
.L802:
	movq	%rax, %rbx
	jmp	.L771
.L801:
	movq	%rax, %rbx
	jmp	.L793
.L799:
	movq	%rax, %rbx
	jmp	.L789
.L800:
	movq	%rax, %rbx
	jmp	.L791
	.section	.gcc_except_table
.LLSDA4847:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSE4847-.LLSDACSB4847
.LLSDACSB4847:
	.uleb128 .LEHB20-.LFB4847
	.uleb128 .LEHE20-.LEHB20
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB21-.LFB4847
	.uleb128 .LEHE21-.LEHB21
	.uleb128 .L804-.LFB4847
	.uleb128 0
	.uleb128 .LEHB22-.LFB4847
	.uleb128 .LEHE22-.LEHB22
	.uleb128 .L801-.LFB4847
	.uleb128 0
	.uleb128 .LEHB23-.LFB4847
	.uleb128 .LEHE23-.LEHB23
	.uleb128 .L802-.LFB4847
	.uleb128 0
	.uleb128 .LEHB24-.LFB4847
	.uleb128 .LEHE24-.LEHB24
	.uleb128 .L799-.LFB4847
	.uleb128 0
	.uleb128 .LEHB25-.LFB4847
	.uleb128 .LEHE25-.LEHB25
	.uleb128 .L803-.LFB4847
	.uleb128 0
	.uleb128 .LEHB26-.LFB4847
	.uleb128 .LEHE26-.LEHB26
	.uleb128 .L800-.LFB4847
	.uleb128 0
.LLSDACSE4847:
	.text
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDAC4847
	.type	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflll.cold, @function
_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflll.cold:
.LFSB4847:
.L780:
	.cfi_def_cfa 6, 16
	.cfi_offset 3, -40
	.cfi_offset 6, -16
	.cfi_offset 12, -32
	.cfi_offset 13, -24
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L842
	vzeroupper
.L781:
	movq	%rbx, %rdi
.LEHB27:
	call	_Unwind_Resume@PLT
.L785:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L843
	vzeroupper
.L786:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE27:
.L842:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L781
.L843:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L786
.L771:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L844
	vzeroupper
.L772:
	movq	%rbx, %rdi
.LEHB28:
	call	_Unwind_Resume@PLT
.L793:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L845
	vzeroupper
.L794:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE28:
.L844:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L772
.L789:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L846
	vzeroupper
.L790:
	movq	%rbx, %rdi
.LEHB29:
	call	_Unwind_Resume@PLT
.L791:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L847
	vzeroupper
.L792:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE29:
.L846:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L790
.L845:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L794
.L847:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L792
	.cfi_endproc
.LFE4847:
	.section	.gcc_except_table
.LLSDAC4847:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSEC4847-.LLSDACSBC4847
.LLSDACSBC4847:
	.uleb128 .LEHB27-.LCOLDB13
	.uleb128 .LEHE27-.LEHB27
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB28-.LCOLDB13
	.uleb128 .LEHE28-.LEHB28
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB29-.LCOLDB13
	.uleb128 .LEHE29-.LEHB29
	.uleb128 0
	.uleb128 0
.LLSDACSEC4847:
	.section	.text.unlikely
	.text
	.size	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflll, .-_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflll
	.section	.text.unlikely
	.size	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflll.cold, .-_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE2EEEvPKfPflll.cold
.LCOLDE13:
	.text
.LHOTE13:
	.section	.text.unlikely
.LCOLDB14:
	.text
.LHOTB14:
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflll, @function
_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflll:
.LFB4857:
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDA4857
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	vxorps	%xmm0, %xmm0, %xmm0
	vcvtsi2ssq	%rcx, %xmm0, %xmm0
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	movq	%rdx, %r12
	pushq	%rbx
	andq	$-32, %rsp
	addq	$-128, %rsp
	.cfi_offset 3, -40
	vmovss	.LC2(%rip), %xmm1
	movq	%rdi, 56(%rsp)
	vdivss	%xmm0, %xmm1, %xmm1
	movq	%rsi, 48(%rsp)
	movq	%rcx, 40(%rsp)
	movq	%r8, 32(%rsp)
	vmovss	%xmm1, 76(%rsp)
	cmpq	$1, %r8
	je	.L922
.LEHB30:
	call	_ZN2sc4poolEv@PLT
.LEHE30:
	movq	32(%rax), %rdx
	subq	24(%rax), %rdx
	movq	%rdx, %rax
	sarq	$3, %rax
	leal	2(%rax,%rax), %eax
	cltq
	cmpq	%r12, %rax
	jle	.L856
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rdx
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	xorl	%ebx, %ebx
	vmovq	%rdx, %xmm3
	vpinsrq	$1, %rax, %xmm3, %xmm2
	vmovdqa	%xmm2, 16(%rsp)
	testq	%r12, %r12
	jle	.L920
	.p2align 4,,10
	.p2align 3
.L857:
	movq	40(%rsp), %rdx
	movq	32(%rsp), %rax
	movq	$0, 112(%rsp)
	vpxor	%xmm4, %xmm4, %xmm4
	movq	56(%rsp), %rcx
	vmovdqa	%xmm4, 96(%rsp)
	movl	$40, %edi
	movq	$0, 120(%rsp)
	imulq	%rbx, %rdx
	imulq	%rax, %rdx
	imulq	%rbx, %rax
	leaq	(%rcx,%rdx,4), %rdx
	movq	%rdx, 80(%rsp)
	movq	48(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, 88(%rsp)
.LEHB31:
	call	_Znwm@PLT
.LEHE31:
	leaq	80(%rsp), %rdi
	leaq	88(%rsp), %rdx
	vmovdqa	16(%rsp), %xmm5
	movq	%rax, 96(%rsp)
	vmovq	%rdi, %xmm0
	leaq	40(%rsp), %rdi
	leaq	32(%rsp), %rcx
	movl	$32768, %esi
	vmovq	%rdi, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	76(%rsp), %rdx
	vmovdqa	%xmm5, 112(%rsp)
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	movq	40(%rsp), %rcx
	movq	%rdx, 32(%rax)
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	vmovdqu	%ymm0, (%rax)
	testq	%rcx, %rcx
	jle	.L864
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$64, %edx
	movq	%rax, %rsi
	cmpq	%rdx, %rax
	cmovl	%rdx, %rsi
.L864:
	leaq	96(%rsp), %r13
	movq	32(%rsp), %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB32:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE32:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L868
	addq	$1, %rbx
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	call	*%rax
	cmpq	%rbx, %r12
	jne	.L857
.L920:
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L868:
	.cfi_restore_state
	addq	$1, %rbx
	cmpq	%rbx, %r12
	jne	.L857
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L922:
	.cfi_restore_state
	movq	$0, 112(%rsp)
	vpxor	%xmm0, %xmm0, %xmm0
	movl	$32, %edi
	movq	$0, 120(%rsp)
	vmovdqa	%xmm0, 96(%rsp)
.LEHB33:
	call	_Znwm@PLT
.LEHE33:
	leaq	56(%rsp), %rbx
	leaq	76(%rsp), %rcx
	movq	%rax, 96(%rsp)
	movl	$32768, %esi
	vmovq	%rbx, %xmm0
	leaq	48(%rsp), %rbx
	leaq	40(%rsp), %rdx
	vmovq	%rbx, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rbx
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	movq	40(%rsp), %rcx
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	vmovdqu	%ymm0, (%rax)
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	vmovq	%rbx, %xmm0
	vpinsrq	$1, %rax, %xmm0, %xmm0
	vmovdqa	%xmm0, 112(%rsp)
	testq	%rcx, %rcx
	jle	.L850
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$1, %edx
	movq	%rax, %rsi
	testq	%rax, %rax
	cmovle	%rdx, %rsi
.L850:
	leaq	96(%rsp), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB34:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE34:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L920
	movq	%r13, %rsi
	movq	%r13, %rdi
	movl	$3, %edx
	call	*%rax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L856:
	.cfi_restore_state
	movq	$0, 112(%rsp)
	vpxor	%xmm0, %xmm0, %xmm0
	movl	$40, %edi
	movq	$0, 120(%rsp)
	vmovdqa	%xmm0, 96(%rsp)
.LEHB35:
	call	_Znwm@PLT
.LEHE35:
	leaq	56(%rsp), %rbx
	leaq	40(%rsp), %rdx
	movq	%rax, 96(%rsp)
	movl	$32768, %esi
	vmovq	%rbx, %xmm0
	leaq	32(%rsp), %rbx
	leaq	48(%rsp), %rcx
	vmovq	%rbx, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rbx
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	leaq	76(%rsp), %rdx
	movq	40(%rsp), %rcx
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	imulq	32(%rsp), %rcx
	movq	%rdx, 32(%rax)
	vmovdqu	%ymm0, (%rax)
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE0_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	vmovq	%rbx, %xmm0
	vpinsrq	$1, %rax, %xmm0, %xmm0
	vmovdqa	%xmm0, 112(%rsp)
	testq	%rcx, %rcx
	jle	.L859
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$1, %edx
	movq	%rax, %rsi
	testq	%rax, %rax
	cmovle	%rdx, %rsi
.L859:
	leaq	96(%rsp), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB36:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE36:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L920
	movq	%r13, %rsi
	movq	%r13, %rdi
	movl	$3, %edx
	call	*%rax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L884:
	.cfi_restore_state
	movq	%rax, %rbx
	jmp	.L861
.L885:
	movq	%rax, %rbx
	jmp	.L866
.L883:
	movq	%rax, %rbx
	jmp	.L852
.L882:
	movq	%rax, %rbx
	jmp	.L874
.L880:
	movq	%rax, %rbx
	jmp	.L870
.L881:
	movq	%rax, %rbx
	jmp	.L872
	.section	.gcc_except_table
.LLSDA4857:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSE4857-.LLSDACSB4857
.LLSDACSB4857:
	.uleb128 .LEHB30-.LFB4857
	.uleb128 .LEHE30-.LEHB30
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB31-.LFB4857
	.uleb128 .LEHE31-.LEHB31
	.uleb128 .L885-.LFB4857
	.uleb128 0
	.uleb128 .LEHB32-.LFB4857
	.uleb128 .LEHE32-.LEHB32
	.uleb128 .L882-.LFB4857
	.uleb128 0
	.uleb128 .LEHB33-.LFB4857
	.uleb128 .LEHE33-.LEHB33
	.uleb128 .L883-.LFB4857
	.uleb128 0
	.uleb128 .LEHB34-.LFB4857
	.uleb128 .LEHE34-.LEHB34
	.uleb128 .L880-.LFB4857
	.uleb128 0
	.uleb128 .LEHB35-.LFB4857
	.uleb128 .LEHE35-.LEHB35
	.uleb128 .L884-.LFB4857
	.uleb128 0
	.uleb128 .LEHB36-.LFB4857
	.uleb128 .LEHE36-.LEHB36
	.uleb128 .L881-.LFB4857
	.uleb128 0
.LLSDACSE4857:
	.text
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDAC4857
	.type	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflll.cold, @function
_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflll.cold:
.LFSB4857:
.L861:
	.cfi_def_cfa 6, 16
	.cfi_offset 3, -40
	.cfi_offset 6, -16
	.cfi_offset 12, -32
	.cfi_offset 13, -24
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L923
	vzeroupper
.L862:
	movq	%rbx, %rdi
.LEHB37:
	call	_Unwind_Resume@PLT
.L866:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L924
	vzeroupper
.L867:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE37:
.L923:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L862
.L924:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L867
.L852:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L925
	vzeroupper
.L853:
	movq	%rbx, %rdi
.LEHB38:
	call	_Unwind_Resume@PLT
.L874:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L926
	vzeroupper
.L875:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE38:
.L925:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L853
.L870:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L927
	vzeroupper
.L871:
	movq	%rbx, %rdi
.LEHB39:
	call	_Unwind_Resume@PLT
.L872:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L928
	vzeroupper
.L873:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE39:
.L927:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L871
.L926:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L875
.L928:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L873
	.cfi_endproc
.LFE4857:
	.section	.gcc_except_table
.LLSDAC4857:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSEC4857-.LLSDACSBC4857
.LLSDACSBC4857:
	.uleb128 .LEHB37-.LCOLDB14
	.uleb128 .LEHE37-.LEHB37
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB38-.LCOLDB14
	.uleb128 .LEHE38-.LEHB38
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB39-.LCOLDB14
	.uleb128 .LEHE39-.LEHB39
	.uleb128 0
	.uleb128 0
.LLSDACSEC4857:
	.section	.text.unlikely
	.text
	.size	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflll, .-_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflll
	.section	.text.unlikely
	.size	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflll.cold, .-_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflll.cold
.LCOLDE14:
	.text
.LHOTE14:
	.section	.text.unlikely
.LCOLDB15:
	.text
.LHOTB15:
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflll, @function
_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflll:
.LFB4867:
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDA4867
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	movq	%rdx, %r12
	pushq	%rbx
	andq	$-32, %rsp
	addq	$-128, %rsp
	.cfi_offset 3, -40
	movq	%rdi, 56(%rsp)
	movq	%rsi, 48(%rsp)
	movq	%rcx, 40(%rsp)
	movq	%r8, 32(%rsp)
	movl	$0x3f800000, 76(%rsp)
	cmpq	$1, %r8
	je	.L1003
.LEHB40:
	call	_ZN2sc4poolEv@PLT
.LEHE40:
	movq	32(%rax), %rdx
	subq	24(%rax), %rdx
	movq	%rdx, %rax
	sarq	$3, %rax
	leal	2(%rax,%rax), %eax
	cltq
	cmpq	%r12, %rax
	jle	.L937
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rdx
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE1_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	xorl	%ebx, %ebx
	vmovq	%rdx, %xmm3
	vpinsrq	$1, %rax, %xmm3, %xmm2
	vmovdqa	%xmm2, 16(%rsp)
	testq	%r12, %r12
	jle	.L1001
	.p2align 4,,10
	.p2align 3
.L938:
	movq	40(%rsp), %rdx
	movq	32(%rsp), %rax
	movq	$0, 112(%rsp)
	vpxor	%xmm4, %xmm4, %xmm4
	movq	56(%rsp), %rcx
	vmovdqa	%xmm4, 96(%rsp)
	movl	$40, %edi
	movq	$0, 120(%rsp)
	imulq	%rbx, %rdx
	imulq	%rax, %rdx
	imulq	%rbx, %rax
	leaq	(%rcx,%rdx,4), %rdx
	movq	%rdx, 80(%rsp)
	movq	48(%rsp), %rdx
	leaq	(%rdx,%rax,4), %rax
	movq	%rax, 88(%rsp)
.LEHB41:
	call	_Znwm@PLT
.LEHE41:
	leaq	80(%rsp), %rdi
	leaq	88(%rsp), %rdx
	vmovdqa	16(%rsp), %xmm5
	movq	%rax, 96(%rsp)
	vmovq	%rdi, %xmm0
	leaq	40(%rsp), %rdi
	leaq	32(%rsp), %rcx
	movl	$32768, %esi
	vmovq	%rdi, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	76(%rsp), %rdx
	vmovdqa	%xmm5, 112(%rsp)
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	movq	40(%rsp), %rcx
	movq	%rdx, 32(%rax)
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	vmovdqu	%ymm0, (%rax)
	testq	%rcx, %rcx
	jle	.L945
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$64, %edx
	movq	%rax, %rsi
	cmpq	%rdx, %rax
	cmovl	%rdx, %rsi
.L945:
	leaq	96(%rsp), %r13
	movq	32(%rsp), %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB42:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE42:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L949
	addq	$1, %rbx
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	call	*%rax
	cmpq	%rbx, %r12
	jne	.L938
.L1001:
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L949:
	.cfi_restore_state
	addq	$1, %rbx
	cmpq	%rbx, %r12
	jne	.L938
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L1003:
	.cfi_restore_state
	movq	$0, 112(%rsp)
	vpxor	%xmm0, %xmm0, %xmm0
	movl	$32, %edi
	movq	$0, 120(%rsp)
	vmovdqa	%xmm0, 96(%rsp)
.LEHB43:
	call	_Znwm@PLT
.LEHE43:
	leaq	56(%rsp), %rbx
	leaq	76(%rsp), %rcx
	movq	%rax, 96(%rsp)
	movl	$32768, %esi
	vmovq	%rbx, %xmm0
	leaq	48(%rsp), %rbx
	leaq	40(%rsp), %rdx
	vmovq	%rbx, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rbx
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	movq	40(%rsp), %rcx
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	vmovdqu	%ymm0, (%rax)
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	vmovq	%rbx, %xmm0
	vpinsrq	$1, %rax, %xmm0, %xmm0
	vmovdqa	%xmm0, 112(%rsp)
	testq	%rcx, %rcx
	jle	.L931
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$1, %edx
	movq	%rax, %rsi
	testq	%rax, %rax
	cmovle	%rdx, %rsi
.L931:
	leaq	96(%rsp), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB44:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE44:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L1001
	movq	%r13, %rsi
	movq	%r13, %rdi
	movl	$3, %edx
	call	*%rax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L937:
	.cfi_restore_state
	movq	$0, 112(%rsp)
	vpxor	%xmm0, %xmm0, %xmm0
	movl	$40, %edi
	movq	$0, 120(%rsp)
	vmovdqa	%xmm0, 96(%rsp)
.LEHB45:
	call	_Znwm@PLT
.LEHE45:
	leaq	56(%rsp), %rbx
	leaq	40(%rsp), %rdx
	movq	%rax, 96(%rsp)
	movl	$32768, %esi
	vmovq	%rbx, %xmm0
	leaq	32(%rsp), %rbx
	leaq	48(%rsp), %rcx
	vmovq	%rbx, %xmm1
	vpinsrq	$1, %rdx, %xmm0, %xmm0
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation(%rip), %rbx
	vpinsrq	$1, %rcx, %xmm1, %xmm1
	leaq	76(%rsp), %rdx
	movq	40(%rsp), %rcx
	vinserti128	$0x1, %xmm1, %ymm0, %ymm0
	imulq	32(%rsp), %rcx
	movq	%rdx, 32(%rax)
	vmovdqu	%ymm0, (%rax)
	leaq	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE0_E9_M_invokeERKSt9_Any_dataOlSE_(%rip), %rax
	vmovq	%rbx, %xmm0
	vpinsrq	$1, %rax, %xmm0, %xmm0
	vmovdqa	%xmm0, 112(%rsp)
	testq	%rcx, %rcx
	jle	.L940
	movq	%rsi, %rax
	cqto
	idivq	%rcx
	movl	$1, %edx
	movq	%rax, %rsi
	testq	%rax, %rax
	cmovle	%rdx, %rsi
.L940:
	leaq	96(%rsp), %r13
	movq	%r12, %rdi
	movq	%r13, %rdx
	vzeroupper
.LEHB46:
	call	_ZN2sc12parallel_forEllRKSt8functionIFvllEE@PLT
.LEHE46:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	je	.L1001
	movq	%r13, %rsi
	movq	%r13, %rdi
	movl	$3, %edx
	call	*%rax
	leaq	-24(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L965:
	.cfi_restore_state
	movq	%rax, %rbx
	jmp	.L942
.L966:
	movq	%rax, %rbx
	jmp	.L947
.L964:
	movq	%rax, %rbx
	jmp	.L933
.L963:
	movq	%rax, %rbx
	jmp	.L955
.L961:
	movq	%rax, %rbx
	jmp	.L951
.L962:
	movq	%rax, %rbx
	jmp	.L953
	.section	.gcc_except_table
.LLSDA4867:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSE4867-.LLSDACSB4867
.LLSDACSB4867:
	.uleb128 .LEHB40-.LFB4867
	.uleb128 .LEHE40-.LEHB40
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB41-.LFB4867
	.uleb128 .LEHE41-.LEHB41
	.uleb128 .L966-.LFB4867
	.uleb128 0
	.uleb128 .LEHB42-.LFB4867
	.uleb128 .LEHE42-.LEHB42
	.uleb128 .L963-.LFB4867
	.uleb128 0
	.uleb128 .LEHB43-.LFB4867
	.uleb128 .LEHE43-.LEHB43
	.uleb128 .L964-.LFB4867
	.uleb128 0
	.uleb128 .LEHB44-.LFB4867
	.uleb128 .LEHE44-.LEHB44
	.uleb128 .L961-.LFB4867
	.uleb128 0
	.uleb128 .LEHB45-.LFB4867
	.uleb128 .LEHE45-.LEHB45
	.uleb128 .L965-.LFB4867
	.uleb128 0
	.uleb128 .LEHB46-.LFB4867
	.uleb128 .LEHE46-.LEHB46
	.uleb128 .L962-.LFB4867
	.uleb128 0
.LLSDACSE4867:
	.text
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDAC4867
	.type	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflll.cold, @function
_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflll.cold:
.LFSB4867:
.L942:
	.cfi_def_cfa 6, 16
	.cfi_offset 3, -40
	.cfi_offset 6, -16
	.cfi_offset 12, -32
	.cfi_offset 13, -24
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L1004
	vzeroupper
.L943:
	movq	%rbx, %rdi
.LEHB47:
	call	_Unwind_Resume@PLT
.L947:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L1005
	vzeroupper
.L948:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE47:
.L1004:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L943
.L1005:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L948
.L933:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L1006
	vzeroupper
.L934:
	movq	%rbx, %rdi
.LEHB48:
	call	_Unwind_Resume@PLT
.L955:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L1007
	vzeroupper
.L956:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE48:
.L1006:
	leaq	96(%rsp), %rdi
	movl	$3, %edx
	movq	%rdi, %rsi
	vzeroupper
	call	*%rax
	jmp	.L934
.L951:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L1008
	vzeroupper
.L952:
	movq	%rbx, %rdi
.LEHB49:
	call	_Unwind_Resume@PLT
.L953:
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jne	.L1009
	vzeroupper
.L954:
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE49:
.L1008:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L952
.L1007:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L956
.L1009:
	movl	$3, %edx
	movq	%r13, %rsi
	movq	%r13, %rdi
	vzeroupper
	call	*%rax
	jmp	.L954
	.cfi_endproc
.LFE4867:
	.section	.gcc_except_table
.LLSDAC4867:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSEC4867-.LLSDACSBC4867
.LLSDACSBC4867:
	.uleb128 .LEHB47-.LCOLDB15
	.uleb128 .LEHE47-.LEHB47
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB48-.LCOLDB15
	.uleb128 .LEHE48-.LEHB48
	.uleb128 0
	.uleb128 0
	.uleb128 .LEHB49-.LCOLDB15
	.uleb128 .LEHE49-.LEHB49
	.uleb128 0
	.uleb128 0
.LLSDACSEC4867:
	.section	.text.unlikely
	.text
	.size	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflll, .-_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflll
	.section	.text.unlikely
	.size	_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflll.cold, .-_ZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE4EEEvPKfPflll.cold
.LCOLDE15:
	.text
.LHOTE15:
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES7_PjENKUllE0_clEl, @function
_ZZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES7_PjENKUllE0_clEl:
.LFB4294:
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
	movq	%rsi, %r13
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -48
	.cfi_offset 3, -56
	movq	%rdi, %rbx
	subq	$104, %rsp
	movq	(%rdi), %rdx
	movq	8(%rdi), %rax
	movq	(%rdx), %r12
	imulq	(%rax), %r12
	call	_ZN2sc4poolEv@PLT
	movq	%r13, %rdi
	movq	32(%rax), %rcx
	subq	24(%rax), %rcx
	sarq	$3, %rcx
	addl	$1, %ecx
	movslq	%ecx, %rcx
	salq	$3, %rcx
	cmpq	%r12, %rcx
	cmovg	%r12, %rcx
	imulq	%r12, %rdi
	movq	%rdi, %rax
	cqto
	idivq	%rcx
	movq	%rax, %rsi
	leaq	(%r12,%rdi), %rax
	cqto
	idivq	%rcx
	movq	%rax, -112(%rbp)
	cmpq	%rax, %rsi
	jge	.L1030
	movq	8(%rbx), %rax
	movq	%rbx, %r12
	movq	(%rax), %rax
	movq	%rax, -104(%rbp)
	movq	16(%rbx), %rax
	vmovq	(%rax), %xmm1
	movq	8(%rax), %rax
	vmovq	%xmm1, %rcx
	vmovdqa	%xmm1, %xmm2
	subq	%rcx, %rax
	sarq	$3, %rax
	leaq	-1(%rax), %r10
	movq	48(%rbx), %rax
	movq	%r10, %rdi
	movq	(%rax), %r15
	movq	56(%rbx), %rax
	movq	(%rax), %r14
	movq	%r14, %rax
	movq	%r14, %r11
	salq	$5, %rax
	movq	%rax, -80(%rbp)
.L1015:
	movq	%rsi, %rax
	cqto
	idivq	-104(%rbp)
	movq	%rdx, %rcx
	testq	%rdi, %rdi
	js	.L1024
	movq	24(%r12), %rdx
	movq	%rcx, -64(%rbp)
	movq	%rdi, %r8
	xorl	%r10d, %r10d
	movq	%rsi, -56(%rbp)
	xorl	%r9d, %r9d
	vmovq	%r12, %xmm3
	movq	(%rdx), %rbx
	movq	32(%r12), %rdx
	movq	(%rdx), %r13
	movq	40(%r12), %rdx
	movq	(%rdx), %r14
	movq	%r13, %rsi
	vmovq	%xmm2, %r13
	.p2align 4,,10
	.p2align 3
.L1013:
	movq	0(%r13,%r8,8), %rcx
	cqto
	idivq	(%rbx,%rcx,8)
	movq	(%rsi,%rcx,8), %r12
	imulq	%rdx, %r12
	imulq	(%r14,%rcx,8), %rdx
	addq	%r12, %r9
	addq	%rdx, %r10
	subq	$1, %r8
	jnb	.L1013
	movq	-56(%rbp), %rsi
	movq	-64(%rbp), %rcx
	vmovq	%xmm3, %r12
.L1012:
	salq	$5, %rcx
	leaq	32(%rcx), %rax
	movq	%rcx, %rbx
	cmpq	%r15, %rax
	cmovg	%r15, %rax
	vmovq	%rax, %xmm5
	testq	%r11, %r11
	jle	.L1019
	movq	64(%r12), %rax
	movq	%r11, -120(%rbp)
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	movq	%rdi, -128(%rbp)
	movl	$32, %r8d
	vmovdqa	%xmm5, %xmm1
	movq	(%rax), %rax
	movq	%r10, -96(%rbp)
	movq	%r15, -144(%rbp)
	movq	%rax, -72(%rbp)
	vmovq	%xmm5, %rax
	leaq	(%rax,%r9), %r14
	movq	%rsi, -136(%rbp)
	movq	%r12, %rsi
	movq	%r9, -88(%rbp)
	movq	%r14, %r9
	.p2align 4,,10
	.p2align 3
.L1018:
	movq	-72(%rbp), %rax
	vmovq	%xmm1, %rdi
	cmpq	%rax, %r8
	cmovle	%r8, %rax
	cmpq	%rdi, %rbx
	jge	.L1022
	movq	72(%rsi), %rdi
	movq	88(%rsi), %r11
	movq	(%rdi), %r12
	movq	80(%rsi), %rdi
	movq	(%r11), %r13
	movq	(%rdi), %rdi
	cmpq	%rax, %rdx
	jge	.L1022
	movq	-88(%rbp), %r15
	movq	-96(%rbp), %r10
	movq	%r8, -64(%rbp)
	movq	%rdx, %r8
	leaq	(%rbx,%r15), %r11
	leaq	0(,%rdi,4), %r15
	imulq	%rbx, %rdi
	addq	%r10, %rdi
	movq	96(%rsi), %r10
	addq	%rax, %rdi
	negq	%rax
	movq	(%r10), %r14
	leaq	(%r12,%rdi,4), %rdi
	leaq	(%rcx,%rax,4), %r10
	leaq	0(,%r14,4), %r12
	imulq	%rdx, %r14
	movq	%r11, %rdx
	movq	%rdi, %r11
	.p2align 4,,10
	.p2align 3
.L1023:
	movq	%rdx, -56(%rbp)
	leaq	(%rdx,%r14), %rax
	leaq	0(%r13,%rax,4), %rdi
	leaq	(%r10,%r11), %rax
	.p2align 4,,10
	.p2align 3
.L1021:
	movl	(%rdi), %edx
	addq	$4, %rax
	addq	%r12, %rdi
	movl	%edx, -4(%rax)
	cmpq	%rax, %r11
	jne	.L1021
	movq	-56(%rbp), %rdx
	addq	%r15, %r11
	addq	$1, %rdx
	cmpq	%r9, %rdx
	jne	.L1023
	movq	%r8, %rdx
	movq	-64(%rbp), %r8
.L1022:
	addq	$32, %r8
	addq	$32, %rdx
	subq	$-128, %rcx
	cmpq	%rdx, -80(%rbp)
	jne	.L1018
	movq	%rsi, %r12
	movq	-120(%rbp), %r11
	movq	-128(%rbp), %rdi
	movq	-144(%rbp), %r15
	movq	-136(%rbp), %rsi
.L1019:
	addq	$1, %rsi
	cmpq	%rsi, -112(%rbp)
	jne	.L1015
.L1030:
	addq	$104, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L1024:
	.cfi_restore_state
	xorl	%r10d, %r10d
	xorl	%r9d, %r9d
	jmp	.L1012
	.cfi_endproc
.LFE4294:
	.size	_ZZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES7_PjENKUllE0_clEl, .-_ZZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES7_PjENKUllE0_clEl
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvlEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUllE0_E9_M_invokeERKSt9_Any_dataOl, @function
_ZNSt17_Function_handlerIFvlEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUllE0_E9_M_invokeERKSt9_Any_dataOl:
.LFB5303:
	.cfi_startproc
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES7_PjENKUllE0_clEl
	.cfi_endproc
.LFE5303:
	.size	_ZNSt17_Function_handlerIFvlEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUllE0_E9_M_invokeERKSt9_Any_dataOl, .-_ZNSt17_Function_handlerIFvlEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUllE0_E9_M_invokeERKSt9_Any_dataOl
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx5126gatherEPKjlllPKilPjENKUlllE_clEll, @function
_ZZN2sc6avx5126gatherEPKjlllPKilPjENKUlllE_clEll:
.LFB4302:
	.cfi_startproc
	cmpq	%rdx, %rsi
	jge	.L1040
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	.cfi_offset 13, -24
	movq	%rdx, %r13
	pushq	%r12
	.cfi_offset 12, -32
	movq	%rdi, %r12
	pushq	%rbx
	.cfi_offset 3, -40
	movq	%rsi, %rbx
	subq	$8, %rsp
	.p2align 4,,10
	.p2align 3
.L1036:
	movq	%rbx, %rax
	movq	(%r12), %rdi
	movq	8(%r12), %rcx
	cqto
	idivq	(%rdi)
	movq	(%rcx), %rcx
	movslq	(%rcx,%rdx,4), %rdx
	testq	%rdx, %rdx
	js	.L1035
	movq	16(%r12), %rcx
	movq	(%rcx), %rcx
	cmpq	%rdx, %rcx
	jle	.L1035
	movq	32(%r12), %rsi
	imulq	%rcx, %rax
	movq	24(%r12), %rdi
	movq	40(%r12), %r9
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	addq	%rdx, %rax
	movq	(%r9), %rdx
	movq	%rsi, %r8
	imulq	%rsi, %rax
	imulq	%rbx, %r8
	leaq	(%rdi,%r8,4), %rdi
	leaq	0(,%rsi,4), %r8
	leaq	(%rdx,%rax,4), %rsi
	movq	%r8, %rdx
	call	memcpy@PLT
.L1035:
	addq	$1, %rbx
	cmpq	%rbx, %r13
	jne	.L1036
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L1040:
	.cfi_restore 3
	.cfi_restore 6
	.cfi_restore 12
	.cfi_restore 13
	ret
	.cfi_endproc
.LFE4302:
	.size	_ZZN2sc6avx5126gatherEPKjlllPKilPjENKUlllE_clEll, .-_ZZN2sc6avx5126gatherEPKjlllPKilPjENKUlllE_clEll
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx5126gatherEPKjlllPKilPjEUlllE_E9_M_invokeERKSt9_Any_dataOlSD_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx5126gatherEPKjlllPKilPjEUlllE_E9_M_invokeERKSt9_Any_dataOlSD_:
.LFB5310:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx5126gatherEPKjlllPKilPjENKUlllE_clEll
	.cfi_endproc
.LFE5310:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx5126gatherEPKjlllPKilPjEUlllE_E9_M_invokeERKSt9_Any_dataOlSD_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx5126gatherEPKjlllPKilPjEUlllE_E9_M_invokeERKSt9_Any_dataOlSD_
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE4EEEvPKflS5_lPfl, @function
_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE4EEEvPKflS5_lPfl:
.LFB5136:
	.cfi_startproc
	cmpq	$1, %rsi
	jne	.L1077
	cmpq	$1, %rcx
	jne	.L1045
	testq	%r9, %r9
	jle	.L1342
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1135
	vbroadcastss	.LC16(%rip), %zmm3
	movq	%r9, %rcx
	xorl	%eax, %eax
	shrq	$4, %rcx
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L1048:
	vmovups	(%rdx,%rax), %zmm2
	vmovups	(%rdi,%rax), %zmm0
	vcmpps	$0, %zmm2, %zmm2, %k1
	vcmpps	$0, %zmm0, %zmm0, %k1{%k1}
	vcmpps	$1, %zmm0, %zmm2, %k3{%k1}
	vcmpps	$5, %zmm0, %zmm2, %k2{%k1}
	knotw	%k1, %k1
	vblendmps	%zmm3, %zmm0, %zmm1{%k1}
	vblendmps	%zmm0, %zmm1, %zmm0{%k3}
	vmovaps	%zmm2, %zmm0{%k2}
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rcx
	jne	.L1048
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L1341
.L1047:
	movq	%r9, %rsi
	subq	%rcx, %rsi
	leaq	-1(%rsi), %r10
	cmpq	$6, %r10
	jbe	.L1052
	vmovups	(%rdi,%rcx,4), %ymm2
	vmovups	(%rdx,%rcx,4), %ymm3
	vcmpeqps	%ymm2, %ymm2, %ymm1
	vcmpeqps	%ymm3, %ymm3, %ymm0
	vcmpltps	%ymm2, %ymm3, %ymm5
	vcmpnltps	%ymm2, %ymm3, %ymm4
	vpand	%ymm1, %ymm0, %ymm0
	vpand	%ymm5, %ymm0, %ymm5
	vpand	%ymm4, %ymm0, %ymm4
	vpternlogd	$0x55, %zmm0, %zmm1, %zmm1
	vbroadcastss	.LC16(%rip), %ymm0
	vblendvps	%ymm1, %ymm0, %ymm2, %ymm0
	vblendvps	%ymm5, %ymm2, %ymm0, %ymm0
	vblendvps	%ymm4, %ymm3, %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rsi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %esi
	je	.L1341
.L1052:
	vmovss	(%rdi,%rax,4), %xmm0
	leaq	0(,%rax,4), %rcx
	vmovss	(%rdx,%rax,4), %xmm1
	leaq	(%r8,%rcx), %rsi
	vucomiss	%xmm0, %xmm0
	jnp	.L1343
.L1136:
	vmovss	.LC16(%rip), %xmm0
.L1054:
	vmovss	%xmm0, (%rsi)
	leaq	1(%rax), %rsi
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	4(%rdi,%rcx), %xmm0
	vmovss	4(%rdx,%rcx), %xmm1
	leaq	4(%r8,%rcx), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1137
	vucomiss	%xmm1, %xmm1
	vmaxss	%xmm1, %xmm0, %xmm0
	jnp	.L1057
.L1137:
	vmovss	.LC16(%rip), %xmm0
.L1057:
	vmovss	%xmm0, (%rsi)
	leaq	2(%rax), %rsi
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	8(%rdi,%rcx), %xmm0
	vmovss	8(%rdx,%rcx), %xmm1
	leaq	8(%r8,%rcx), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1138
	vucomiss	%xmm1, %xmm1
	vmaxss	%xmm1, %xmm0, %xmm0
	jnp	.L1060
.L1138:
	vmovss	.LC16(%rip), %xmm0
.L1060:
	vmovss	%xmm0, (%rsi)
	leaq	3(%rax), %rsi
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	12(%rdi,%rcx), %xmm0
	vmovss	12(%rdx,%rcx), %xmm1
	leaq	12(%r8,%rcx), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1139
	vucomiss	%xmm1, %xmm1
	vmaxss	%xmm1, %xmm0, %xmm0
	jnp	.L1063
.L1139:
	vmovss	.LC16(%rip), %xmm0
.L1063:
	vmovss	%xmm0, (%rsi)
	leaq	4(%rax), %rsi
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	16(%rdx,%rcx), %xmm1
	vmovss	16(%rdi,%rcx), %xmm0
	leaq	16(%r8,%rcx), %rsi
	vucomiss	%xmm1, %xmm1
	jp	.L1140
	vucomiss	%xmm0, %xmm0
	vmaxss	%xmm1, %xmm0, %xmm0
	jnp	.L1066
.L1140:
	vmovss	.LC16(%rip), %xmm0
.L1066:
	vmovss	%xmm0, (%rsi)
	leaq	5(%rax), %rsi
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	20(%rdi,%rcx), %xmm0
	vmovss	20(%rdx,%rcx), %xmm1
	leaq	20(%r8,%rcx), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1141
	vucomiss	%xmm1, %xmm1
	vmaxss	%xmm1, %xmm0, %xmm0
	jnp	.L1069
.L1141:
	vmovss	.LC16(%rip), %xmm0
.L1069:
	addq	$6, %rax
	vmovss	%xmm0, (%rsi)
	cmpq	%rax, %r9
	jle	.L1341
	vmovss	24(%rdi,%rcx), %xmm0
	vmovss	24(%rdx,%rcx), %xmm1
	leaq	24(%r8,%rcx), %rax
	vucomiss	%xmm0, %xmm0
	jp	.L1165
	vucomiss	%xmm1, %xmm1
	vmaxss	%xmm1, %xmm0, %xmm0
	jp	.L1165
.L1100:
	vmovss	%xmm0, (%rax)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L1341:
	vzeroupper
.L1342:
	ret
	.p2align 4,,10
	.p2align 3
.L1045:
	cmpq	$1, %rsi
	je	.L1344
.L1077:
	vmovss	(%rdi), %xmm2
	cmpq	$1, %rcx
	je	.L1345
	vucomiss	%xmm2, %xmm2
	vmovss	(%rdx), %xmm0
	jnp	.L1346
.L1162:
	vmovss	.LC16(%rip), %xmm0
.L1125:
	testq	%r9, %r9
	jle	.L1342
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1163
	movq	%r9, %rdx
	vbroadcastss	%xmm0, %zmm1
	movq	%r8, %rax
	shrq	$4, %rdx
	salq	$6, %rdx
	addq	%r8, %rdx
	.p2align 4,,10
	.p2align 3
.L1130:
	vmovups	%zmm1, (%rax)
	addq	$64, %rax
	cmpq	%rdx, %rax
	jne	.L1130
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L1341
.L1129:
	movq	%r9, %rdx
	subq	%rcx, %rdx
	leaq	-1(%rdx), %rsi
	cmpq	$6, %rsi
	jbe	.L1133
	vbroadcastss	%xmm0, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rdx, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edx
	je	.L1341
.L1133:
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L1341
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1341
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1341
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1341
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1341
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L1341
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L1343:
	vucomiss	%xmm1, %xmm1
	vmaxss	%xmm1, %xmm0, %xmm0
	jnp	.L1054
	jmp	.L1136
	.p2align 4,,10
	.p2align 3
.L1344:
	vmovss	(%rdx), %xmm4
	testq	%r9, %r9
	jle	.L1342
	vucomiss	%xmm4, %xmm4
	leaq	-1(%r9), %rax
	setnp	%dl
	cmpq	$14, %rax
	jbe	.L1142
	movl	%edx, %ecx
	vbroadcastss	%xmm4, %zmm2
	vbroadcastss	.LC16(%rip), %zmm3
	andl	$1, %ecx
	leal	(%rcx,%rcx), %eax
	leal	0(,%rcx,4), %r10d
	orl	%ecx, %eax
	leal	0(,%rcx,8), %esi
	orl	%r10d, %eax
	movl	%ecx, %r10d
	sall	$4, %r10d
	orl	%esi, %eax
	movl	%ecx, %esi
	sall	$5, %esi
	orl	%r10d, %eax
	movl	%ecx, %r10d
	sall	$6, %r10d
	orl	%esi, %eax
	movl	%ecx, %esi
	sall	$7, %esi
	orl	%r10d, %eax
	movl	%ecx, %r10d
	sall	$8, %r10d
	orl	%esi, %eax
	movl	%ecx, %esi
	sall	$9, %esi
	orl	%r10d, %eax
	movl	%ecx, %r10d
	sall	$10, %r10d
	orl	%esi, %eax
	movl	%ecx, %esi
	sall	$11, %esi
	orl	%r10d, %eax
	movl	%ecx, %r10d
	orl	%esi, %eax
	sall	$12, %r10d
	movl	%ecx, %esi
	sall	$13, %esi
	orl	%r10d, %eax
	sall	$14, %ecx
	orl	%esi, %eax
	orl	%ecx, %eax
	movl	%edx, %ecx
	sall	$15, %ecx
	andw	$32767, %ax
	orl	%ecx, %eax
	movq	%r9, %rcx
	shrq	$4, %rcx
	kmovw	%eax, %k1
	xorl	%eax, %eax
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L1080:
	vmovups	(%rdi,%rax), %zmm0
	vcmpps	$0, %zmm0, %zmm0, %k2{%k1}
	vcmpps	$14, %zmm2, %zmm0, %k4{%k2}
	vcmpps	$10, %zmm2, %zmm0, %k3{%k2}
	knotw	%k2, %k2
	vblendmps	%zmm3, %zmm0, %zmm1{%k2}
	vblendmps	%zmm0, %zmm1, %zmm0{%k4}
	vmovaps	%zmm2, %zmm0{%k3}
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rcx, %rax
	jne	.L1080
	movq	%r9, %rcx
	andq	$-16, %rcx
	movq	%rcx, %rsi
	cmpq	%rcx, %r9
	je	.L1341
.L1079:
	movq	%r9, %r10
	subq	%rsi, %r10
	leaq	-1(%r10), %rax
	cmpq	$6, %rax
	jbe	.L1083
	vmovups	(%rdi,%rsi,4), %ymm2
	movzbl	%dl, %eax
	vbroadcastss	%xmm4, %ymm3
	negl	%eax
	vcmpeqps	%ymm2, %ymm2, %ymm1
	vcmpltps	%ymm2, %ymm3, %ymm6
	vmovd	%eax, %xmm0
	movq	%r10, %rax
	vcmpnltps	%ymm2, %ymm3, %ymm5
	vpbroadcastd	%xmm0, %ymm0
	andq	$-8, %rax
	addq	%rax, %rcx
	andl	$7, %r10d
	vpand	%ymm1, %ymm0, %ymm0
	vbroadcastss	.LC16(%rip), %ymm1
	vpand	%ymm6, %ymm0, %ymm6
	vpand	%ymm5, %ymm0, %ymm5
	vpternlogd	$0x55, %zmm0, %zmm0, %zmm0
	vblendvps	%ymm0, %ymm1, %ymm2, %ymm0
	vblendvps	%ymm6, %ymm2, %ymm0, %ymm0
	vblendvps	%ymm5, %ymm3, %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rsi,4)
	je	.L1341
.L1083:
	vmovss	(%rdi,%rcx,4), %xmm0
	leaq	0(,%rcx,4), %rax
	leaq	(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1143
	vmaxss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	je	.L1143
.L1085:
	vmovss	%xmm0, (%rsi)
	leaq	1(%rcx), %rsi
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	4(%rdi,%rax), %xmm0
	leaq	4(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1144
	vmaxss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	je	.L1144
.L1087:
	vmovss	%xmm0, (%rsi)
	leaq	2(%rcx), %rsi
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	8(%rdi,%rax), %xmm0
	leaq	8(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1145
	vmaxss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	je	.L1145
.L1089:
	vmovss	%xmm0, (%rsi)
	leaq	3(%rcx), %rsi
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	12(%rdi,%rax), %xmm0
	leaq	12(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jnp	.L1347
.L1146:
	vmovss	.LC16(%rip), %xmm0
.L1091:
	vmovss	%xmm0, (%rsi)
	leaq	4(%rcx), %rsi
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	16(%rdi,%rax), %xmm0
	leaq	16(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1147
	vmaxss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	je	.L1147
.L1093:
	vmovss	%xmm0, (%rsi)
	leaq	5(%rcx), %rsi
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	20(%rdi,%rax), %xmm0
	leaq	20(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1148
	vmaxss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	je	.L1148
.L1095:
	addq	$6, %rcx
	vmovss	%xmm0, (%rsi)
	cmpq	%rcx, %r9
	jle	.L1341
	vmovss	24(%rdi,%rax), %xmm0
	leaq	24(%r8,%rax), %rax
	vucomiss	%xmm0, %xmm0
	jp	.L1165
	vmaxss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	jne	.L1100
.L1165:
	vmovss	.LC16(%rip), %xmm0
	vmovss	%xmm0, (%rax)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L1346:
	vucomiss	%xmm0, %xmm0
	vmaxss	%xmm0, %xmm2, %xmm0
	jnp	.L1125
	jmp	.L1162
	.p2align 4,,10
	.p2align 3
.L1143:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1085
	.p2align 4,,10
	.p2align 3
.L1144:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1087
	.p2align 4,,10
	.p2align 3
.L1145:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1089
	.p2align 4,,10
	.p2align 3
.L1345:
	testq	%r9, %r9
	jle	.L1342
	vucomiss	%xmm2, %xmm2
	leaq	-1(%r9), %rax
	setnp	%cl
	cmpq	$14, %rax
	jbe	.L1149
	movl	%ecx, %esi
	vbroadcastss	%xmm2, %zmm4
	vbroadcastss	.LC16(%rip), %zmm3
	andl	$1, %esi
	leal	(%rsi,%rsi), %eax
	leal	0(,%rsi,4), %r10d
	orl	%esi, %eax
	leal	0(,%rsi,8), %edi
	orl	%r10d, %eax
	movl	%esi, %r10d
	sall	$4, %r10d
	orl	%edi, %eax
	movl	%esi, %edi
	sall	$5, %edi
	orl	%r10d, %eax
	movl	%esi, %r10d
	sall	$6, %r10d
	orl	%edi, %eax
	movl	%esi, %edi
	sall	$7, %edi
	orl	%r10d, %eax
	movl	%esi, %r10d
	sall	$8, %r10d
	orl	%edi, %eax
	movl	%esi, %edi
	sall	$9, %edi
	orl	%r10d, %eax
	movl	%esi, %r10d
	sall	$10, %r10d
	orl	%edi, %eax
	movl	%esi, %edi
	sall	$11, %edi
	orl	%r10d, %eax
	movl	%esi, %r10d
	orl	%edi, %eax
	sall	$12, %r10d
	movl	%esi, %edi
	sall	$13, %edi
	orl	%r10d, %eax
	sall	$14, %esi
	orl	%edi, %eax
	orl	%esi, %eax
	movl	%ecx, %esi
	sall	$15, %esi
	andw	$32767, %ax
	orl	%esi, %eax
	movq	%r9, %rsi
	shrq	$4, %rsi
	kmovw	%eax, %k1
	xorl	%eax, %eax
	salq	$6, %rsi
	.p2align 4,,10
	.p2align 3
.L1104:
	vmovups	(%rdx,%rax), %zmm0
	vcmpps	$0, %zmm0, %zmm0, %k2{%k1}
	vcmpps	$5, %zmm4, %zmm0, %k3{%k2}
	knotw	%k2, %k2
	vblendmps	%zmm3, %zmm4, %zmm1{%k2}
	vblendmps	%zmm0, %zmm1, %zmm0{%k3}
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rsi, %rax
	jne	.L1104
	movq	%r9, %rsi
	andq	$-16, %rsi
	movq	%rsi, %rdi
	cmpq	%rsi, %r9
	je	.L1341
.L1103:
	movq	%r9, %r10
	subq	%rdi, %r10
	leaq	-1(%r10), %rax
	cmpq	$6, %rax
	jbe	.L1107
	vmovups	(%rdx,%rdi,4), %ymm3
	movzbl	%cl, %eax
	vbroadcastss	%xmm2, %ymm1
	vbroadcastss	.LC16(%rip), %ymm5
	negl	%eax
	vcmpeqps	%ymm3, %ymm3, %ymm4
	vmovd	%eax, %xmm0
	movq	%r10, %rax
	vpbroadcastd	%xmm0, %ymm0
	andq	$-8, %rax
	addq	%rax, %rsi
	andl	$7, %r10d
	vpand	%ymm4, %ymm0, %ymm0
	vcmpnltps	%ymm1, %ymm3, %ymm4
	vpand	%ymm4, %ymm0, %ymm4
	vpternlogd	$0x55, %zmm0, %zmm0, %zmm0
	vblendvps	%ymm0, %ymm5, %ymm1, %ymm1
	vblendvps	%ymm4, %ymm3, %ymm1, %ymm1
	vmovups	%ymm1, (%r8,%rdi,4)
	je	.L1341
.L1107:
	vmovss	(%rdx,%rsi,4), %xmm0
	leaq	0(,%rsi,4), %rax
	leaq	(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jnp	.L1348
.L1150:
	vmovss	.LC16(%rip), %xmm0
.L1109:
	vmovss	%xmm0, (%rdi)
	leaq	1(%rsi), %rdi
	cmpq	%rdi, %r9
	jle	.L1341
	vmovss	4(%rdx,%rax), %xmm0
	leaq	4(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jp	.L1152
	vmaxss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	je	.L1152
.L1111:
	vmovss	%xmm0, (%rdi)
	leaq	2(%rsi), %rdi
	cmpq	%rdi, %r9
	jle	.L1341
	vmovss	8(%rdx,%rax), %xmm0
	leaq	8(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jp	.L1154
	vmaxss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	je	.L1154
.L1113:
	vmovss	%xmm0, (%rdi)
	leaq	3(%rsi), %rdi
	cmpq	%rdi, %r9
	jle	.L1341
	vmovss	12(%rdx,%rax), %xmm0
	leaq	12(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jp	.L1156
	vmaxss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	je	.L1156
.L1115:
	vmovss	%xmm0, (%rdi)
	leaq	4(%rsi), %rdi
	cmpq	%rdi, %r9
	jle	.L1341
	vmovss	16(%rdx,%rax), %xmm0
	leaq	16(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jp	.L1158
	vmaxss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	je	.L1158
.L1117:
	vmovss	%xmm0, (%rdi)
	leaq	5(%rsi), %rdi
	cmpq	%rdi, %r9
	jle	.L1341
	vmovss	20(%rdx,%rax), %xmm0
	leaq	20(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jp	.L1160
	vmaxss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	je	.L1160
.L1119:
	addq	$6, %rsi
	vmovss	%xmm0, (%rdi)
	cmpq	%rsi, %r9
	jle	.L1341
	vmovss	24(%rdx,%rax), %xmm0
	leaq	24(%r8,%rax), %rax
	vucomiss	%xmm0, %xmm0
	jp	.L1166
	vmaxss	%xmm0, %xmm2, %xmm2
	testb	%cl, %cl
	je	.L1166
.L1124:
	vmovss	%xmm2, (%rax)
	vzeroupper
	ret
.L1347:
	vmaxss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	jne	.L1091
	jmp	.L1146
.L1348:
	vmaxss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	jne	.L1109
	jmp	.L1150
.L1135:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L1047
	.p2align 4,,10
	.p2align 3
.L1147:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1093
	.p2align 4,,10
	.p2align 3
.L1152:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1111
	.p2align 4,,10
	.p2align 3
.L1148:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1095
.L1154:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1113
.L1156:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1115
.L1158:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1117
.L1160:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1119
.L1166:
	vmovss	.LC16(%rip), %xmm2
	jmp	.L1124
.L1163:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L1129
.L1142:
	xorl	%esi, %esi
	xorl	%ecx, %ecx
	jmp	.L1079
.L1149:
	xorl	%edi, %edi
	xorl	%esi, %esi
	jmp	.L1103
	.cfi_endproc
.LFE5136:
	.size	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE4EEEvPKflS5_lPfl, .-_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE4EEEvPKflS5_lPfl
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll:
.LFB4763:
	.cfi_startproc
	movq	24(%rdi), %rax
	movq	%rdx, %r9
	movq	32(%rdi), %rdx
	subq	%rsi, %r9
	movq	(%rax), %rcx
	movq	(%rdx), %r8
	movq	8(%rdi), %rax
	movq	16(%rdi), %rdx
	movq	%rcx, %r10
	movq	(%rdi), %rdi
	leaq	(%r8,%rsi,4), %r8
	imulq	%rsi, %r10
	movq	(%rax), %rax
	movq	(%rdx), %rdx
	movq	(%rdi), %rdi
	leaq	(%rdx,%r10,4), %rdx
	movq	%rax, %r10
	imulq	%rsi, %r10
	movq	%rax, %rsi
	leaq	(%rdi,%r10,4), %rdi
	jmp	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE4EEEvPKflS5_lPfl
	.cfi_endproc
.LFE4763:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_:
.LFB5489:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.cfi_endproc
.LFE5489:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE5EEEvPKflS5_lPfl, @function
_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE5EEEvPKflS5_lPfl:
.LFB5144:
	.cfi_startproc
	cmpq	$1, %rsi
	jne	.L1384
	cmpq	$1, %rcx
	jne	.L1352
	testq	%r9, %r9
	jle	.L1649
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1442
	vbroadcastss	.LC16(%rip), %zmm3
	movq	%r9, %rcx
	xorl	%eax, %eax
	shrq	$4, %rcx
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L1355:
	vmovups	(%rdx,%rax), %zmm2
	vmovups	(%rdi,%rax), %zmm0
	vcmpps	$0, %zmm2, %zmm2, %k1
	vcmpps	$0, %zmm0, %zmm0, %k1{%k1}
	vcmpps	$14, %zmm0, %zmm2, %k3{%k1}
	vcmpps	$10, %zmm0, %zmm2, %k2{%k1}
	knotw	%k1, %k1
	vblendmps	%zmm3, %zmm0, %zmm1{%k1}
	vblendmps	%zmm0, %zmm1, %zmm0{%k3}
	vmovaps	%zmm2, %zmm0{%k2}
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rcx
	jne	.L1355
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L1648
.L1354:
	movq	%r9, %rsi
	subq	%rcx, %rsi
	leaq	-1(%rsi), %r10
	cmpq	$6, %r10
	jbe	.L1359
	vmovups	(%rdi,%rcx,4), %ymm2
	vmovups	(%rdx,%rcx,4), %ymm3
	vcmpeqps	%ymm2, %ymm2, %ymm1
	vcmpeqps	%ymm3, %ymm3, %ymm0
	vcmpltps	%ymm3, %ymm2, %ymm5
	vcmpnltps	%ymm3, %ymm2, %ymm4
	vpand	%ymm1, %ymm0, %ymm0
	vpand	%ymm5, %ymm0, %ymm5
	vpand	%ymm4, %ymm0, %ymm4
	vpternlogd	$0x55, %zmm0, %zmm1, %zmm1
	vbroadcastss	.LC16(%rip), %ymm0
	vblendvps	%ymm1, %ymm0, %ymm2, %ymm0
	vblendvps	%ymm5, %ymm2, %ymm0, %ymm0
	vblendvps	%ymm4, %ymm3, %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rsi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %esi
	je	.L1648
.L1359:
	vmovss	(%rdi,%rax,4), %xmm0
	leaq	0(,%rax,4), %rcx
	vmovss	(%rdx,%rax,4), %xmm1
	leaq	(%r8,%rcx), %rsi
	vucomiss	%xmm0, %xmm0
	jnp	.L1650
.L1443:
	vmovss	.LC16(%rip), %xmm0
.L1361:
	vmovss	%xmm0, (%rsi)
	leaq	1(%rax), %rsi
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	4(%rdi,%rcx), %xmm0
	vmovss	4(%rdx,%rcx), %xmm1
	leaq	4(%r8,%rcx), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1444
	vucomiss	%xmm1, %xmm1
	vminss	%xmm1, %xmm0, %xmm0
	jnp	.L1364
.L1444:
	vmovss	.LC16(%rip), %xmm0
.L1364:
	vmovss	%xmm0, (%rsi)
	leaq	2(%rax), %rsi
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	8(%rdi,%rcx), %xmm0
	vmovss	8(%rdx,%rcx), %xmm1
	leaq	8(%r8,%rcx), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1445
	vucomiss	%xmm1, %xmm1
	vminss	%xmm1, %xmm0, %xmm0
	jnp	.L1367
.L1445:
	vmovss	.LC16(%rip), %xmm0
.L1367:
	vmovss	%xmm0, (%rsi)
	leaq	3(%rax), %rsi
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	12(%rdi,%rcx), %xmm0
	vmovss	12(%rdx,%rcx), %xmm1
	leaq	12(%r8,%rcx), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1446
	vucomiss	%xmm1, %xmm1
	vminss	%xmm1, %xmm0, %xmm0
	jnp	.L1370
.L1446:
	vmovss	.LC16(%rip), %xmm0
.L1370:
	vmovss	%xmm0, (%rsi)
	leaq	4(%rax), %rsi
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	16(%rdx,%rcx), %xmm1
	vmovss	16(%rdi,%rcx), %xmm0
	leaq	16(%r8,%rcx), %rsi
	vucomiss	%xmm1, %xmm1
	jp	.L1447
	vucomiss	%xmm0, %xmm0
	vminss	%xmm1, %xmm0, %xmm0
	jnp	.L1373
.L1447:
	vmovss	.LC16(%rip), %xmm0
.L1373:
	vmovss	%xmm0, (%rsi)
	leaq	5(%rax), %rsi
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	20(%rdi,%rcx), %xmm0
	vmovss	20(%rdx,%rcx), %xmm1
	leaq	20(%r8,%rcx), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1448
	vucomiss	%xmm1, %xmm1
	vminss	%xmm1, %xmm0, %xmm0
	jnp	.L1376
.L1448:
	vmovss	.LC16(%rip), %xmm0
.L1376:
	addq	$6, %rax
	vmovss	%xmm0, (%rsi)
	cmpq	%rax, %r9
	jle	.L1648
	vmovss	24(%rdi,%rcx), %xmm0
	vmovss	24(%rdx,%rcx), %xmm1
	leaq	24(%r8,%rcx), %rax
	vucomiss	%xmm0, %xmm0
	jp	.L1472
	vucomiss	%xmm1, %xmm1
	vminss	%xmm1, %xmm0, %xmm0
	jp	.L1472
.L1407:
	vmovss	%xmm0, (%rax)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L1648:
	vzeroupper
.L1649:
	ret
	.p2align 4,,10
	.p2align 3
.L1352:
	cmpq	$1, %rsi
	je	.L1651
.L1384:
	vmovss	(%rdi), %xmm2
	cmpq	$1, %rcx
	je	.L1652
	vucomiss	%xmm2, %xmm2
	vmovss	(%rdx), %xmm0
	jnp	.L1653
.L1469:
	vmovss	.LC16(%rip), %xmm0
.L1432:
	testq	%r9, %r9
	jle	.L1649
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1470
	movq	%r9, %rdx
	vbroadcastss	%xmm0, %zmm1
	movq	%r8, %rax
	shrq	$4, %rdx
	salq	$6, %rdx
	addq	%r8, %rdx
	.p2align 4,,10
	.p2align 3
.L1437:
	vmovups	%zmm1, (%rax)
	addq	$64, %rax
	cmpq	%rdx, %rax
	jne	.L1437
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L1648
.L1436:
	movq	%r9, %rdx
	subq	%rcx, %rdx
	leaq	-1(%rdx), %rsi
	cmpq	$6, %rsi
	jbe	.L1440
	vbroadcastss	%xmm0, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rdx, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edx
	je	.L1648
.L1440:
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L1648
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1648
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1648
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1648
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1648
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L1648
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L1650:
	vucomiss	%xmm1, %xmm1
	vminss	%xmm1, %xmm0, %xmm0
	jnp	.L1361
	jmp	.L1443
	.p2align 4,,10
	.p2align 3
.L1651:
	vmovss	(%rdx), %xmm4
	testq	%r9, %r9
	jle	.L1649
	vucomiss	%xmm4, %xmm4
	leaq	-1(%r9), %rax
	setnp	%dl
	cmpq	$14, %rax
	jbe	.L1449
	movl	%edx, %ecx
	vbroadcastss	%xmm4, %zmm2
	vbroadcastss	.LC16(%rip), %zmm3
	andl	$1, %ecx
	leal	(%rcx,%rcx), %eax
	leal	0(,%rcx,4), %r10d
	orl	%ecx, %eax
	leal	0(,%rcx,8), %esi
	orl	%r10d, %eax
	movl	%ecx, %r10d
	sall	$4, %r10d
	orl	%esi, %eax
	movl	%ecx, %esi
	sall	$5, %esi
	orl	%r10d, %eax
	movl	%ecx, %r10d
	sall	$6, %r10d
	orl	%esi, %eax
	movl	%ecx, %esi
	sall	$7, %esi
	orl	%r10d, %eax
	movl	%ecx, %r10d
	sall	$8, %r10d
	orl	%esi, %eax
	movl	%ecx, %esi
	sall	$9, %esi
	orl	%r10d, %eax
	movl	%ecx, %r10d
	sall	$10, %r10d
	orl	%esi, %eax
	movl	%ecx, %esi
	sall	$11, %esi
	orl	%r10d, %eax
	movl	%ecx, %r10d
	orl	%esi, %eax
	sall	$12, %r10d
	movl	%ecx, %esi
	sall	$13, %esi
	orl	%r10d, %eax
	sall	$14, %ecx
	orl	%esi, %eax
	orl	%ecx, %eax
	movl	%edx, %ecx
	sall	$15, %ecx
	andw	$32767, %ax
	orl	%ecx, %eax
	movq	%r9, %rcx
	shrq	$4, %rcx
	kmovw	%eax, %k1
	xorl	%eax, %eax
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L1387:
	vmovups	(%rdi,%rax), %zmm0
	vcmpps	$0, %zmm0, %zmm0, %k2{%k1}
	vcmpps	$1, %zmm2, %zmm0, %k4{%k2}
	vcmpps	$5, %zmm2, %zmm0, %k3{%k2}
	knotw	%k2, %k2
	vblendmps	%zmm3, %zmm0, %zmm1{%k2}
	vblendmps	%zmm0, %zmm1, %zmm0{%k4}
	vmovaps	%zmm2, %zmm0{%k3}
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rcx, %rax
	jne	.L1387
	movq	%r9, %rcx
	andq	$-16, %rcx
	movq	%rcx, %rsi
	cmpq	%rcx, %r9
	je	.L1648
.L1386:
	movq	%r9, %r10
	subq	%rsi, %r10
	leaq	-1(%r10), %rax
	cmpq	$6, %rax
	jbe	.L1390
	vmovups	(%rdi,%rsi,4), %ymm2
	movzbl	%dl, %eax
	vbroadcastss	%xmm4, %ymm3
	negl	%eax
	vcmpeqps	%ymm2, %ymm2, %ymm1
	vcmpltps	%ymm3, %ymm2, %ymm6
	vmovd	%eax, %xmm0
	movq	%r10, %rax
	vcmpnltps	%ymm3, %ymm2, %ymm5
	vpbroadcastd	%xmm0, %ymm0
	andq	$-8, %rax
	addq	%rax, %rcx
	andl	$7, %r10d
	vpand	%ymm1, %ymm0, %ymm0
	vbroadcastss	.LC16(%rip), %ymm1
	vpand	%ymm6, %ymm0, %ymm6
	vpand	%ymm5, %ymm0, %ymm5
	vpternlogd	$0x55, %zmm0, %zmm0, %zmm0
	vblendvps	%ymm0, %ymm1, %ymm2, %ymm0
	vblendvps	%ymm6, %ymm2, %ymm0, %ymm0
	vblendvps	%ymm5, %ymm3, %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rsi,4)
	je	.L1648
.L1390:
	vmovss	(%rdi,%rcx,4), %xmm0
	leaq	0(,%rcx,4), %rax
	leaq	(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1450
	vminss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	je	.L1450
.L1392:
	vmovss	%xmm0, (%rsi)
	leaq	1(%rcx), %rsi
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	4(%rdi,%rax), %xmm0
	leaq	4(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1451
	vminss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	je	.L1451
.L1394:
	vmovss	%xmm0, (%rsi)
	leaq	2(%rcx), %rsi
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	8(%rdi,%rax), %xmm0
	leaq	8(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1452
	vminss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	je	.L1452
.L1396:
	vmovss	%xmm0, (%rsi)
	leaq	3(%rcx), %rsi
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	12(%rdi,%rax), %xmm0
	leaq	12(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jnp	.L1654
.L1453:
	vmovss	.LC16(%rip), %xmm0
.L1398:
	vmovss	%xmm0, (%rsi)
	leaq	4(%rcx), %rsi
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	16(%rdi,%rax), %xmm0
	leaq	16(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1454
	vminss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	je	.L1454
.L1400:
	vmovss	%xmm0, (%rsi)
	leaq	5(%rcx), %rsi
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	20(%rdi,%rax), %xmm0
	leaq	20(%r8,%rax), %rsi
	vucomiss	%xmm0, %xmm0
	jp	.L1455
	vminss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	je	.L1455
.L1402:
	addq	$6, %rcx
	vmovss	%xmm0, (%rsi)
	cmpq	%rcx, %r9
	jle	.L1648
	vmovss	24(%rdi,%rax), %xmm0
	leaq	24(%r8,%rax), %rax
	vucomiss	%xmm0, %xmm0
	jp	.L1472
	vminss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	jne	.L1407
.L1472:
	vmovss	.LC16(%rip), %xmm0
	vmovss	%xmm0, (%rax)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L1653:
	vucomiss	%xmm0, %xmm0
	vminss	%xmm0, %xmm2, %xmm0
	jnp	.L1432
	jmp	.L1469
	.p2align 4,,10
	.p2align 3
.L1450:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1392
	.p2align 4,,10
	.p2align 3
.L1451:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1394
	.p2align 4,,10
	.p2align 3
.L1452:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1396
	.p2align 4,,10
	.p2align 3
.L1652:
	testq	%r9, %r9
	jle	.L1649
	vucomiss	%xmm2, %xmm2
	leaq	-1(%r9), %rax
	setnp	%cl
	cmpq	$14, %rax
	jbe	.L1456
	movl	%ecx, %esi
	vbroadcastss	%xmm2, %zmm4
	vbroadcastss	.LC16(%rip), %zmm3
	andl	$1, %esi
	leal	(%rsi,%rsi), %eax
	leal	0(,%rsi,4), %r10d
	orl	%esi, %eax
	leal	0(,%rsi,8), %edi
	orl	%r10d, %eax
	movl	%esi, %r10d
	sall	$4, %r10d
	orl	%edi, %eax
	movl	%esi, %edi
	sall	$5, %edi
	orl	%r10d, %eax
	movl	%esi, %r10d
	sall	$6, %r10d
	orl	%edi, %eax
	movl	%esi, %edi
	sall	$7, %edi
	orl	%r10d, %eax
	movl	%esi, %r10d
	sall	$8, %r10d
	orl	%edi, %eax
	movl	%esi, %edi
	sall	$9, %edi
	orl	%r10d, %eax
	movl	%esi, %r10d
	sall	$10, %r10d
	orl	%edi, %eax
	movl	%esi, %edi
	sall	$11, %edi
	orl	%r10d, %eax
	movl	%esi, %r10d
	orl	%edi, %eax
	sall	$12, %r10d
	movl	%esi, %edi
	sall	$13, %edi
	orl	%r10d, %eax
	sall	$14, %esi
	orl	%edi, %eax
	orl	%esi, %eax
	movl	%ecx, %esi
	sall	$15, %esi
	andw	$32767, %ax
	orl	%esi, %eax
	movq	%r9, %rsi
	shrq	$4, %rsi
	kmovw	%eax, %k1
	xorl	%eax, %eax
	salq	$6, %rsi
	.p2align 4,,10
	.p2align 3
.L1411:
	vmovups	(%rdx,%rax), %zmm0
	vcmpps	$0, %zmm0, %zmm0, %k2{%k1}
	vcmpps	$10, %zmm4, %zmm0, %k3{%k2}
	knotw	%k2, %k2
	vblendmps	%zmm3, %zmm4, %zmm1{%k2}
	vblendmps	%zmm0, %zmm1, %zmm0{%k3}
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rsi, %rax
	jne	.L1411
	movq	%r9, %rsi
	andq	$-16, %rsi
	movq	%rsi, %rdi
	cmpq	%rsi, %r9
	je	.L1648
.L1410:
	movq	%r9, %r10
	subq	%rdi, %r10
	leaq	-1(%r10), %rax
	cmpq	$6, %rax
	jbe	.L1414
	vmovups	(%rdx,%rdi,4), %ymm3
	movzbl	%cl, %eax
	vbroadcastss	%xmm2, %ymm1
	vbroadcastss	.LC16(%rip), %ymm5
	negl	%eax
	vcmpeqps	%ymm3, %ymm3, %ymm4
	vmovd	%eax, %xmm0
	movq	%r10, %rax
	vpbroadcastd	%xmm0, %ymm0
	andq	$-8, %rax
	addq	%rax, %rsi
	andl	$7, %r10d
	vpand	%ymm4, %ymm0, %ymm0
	vcmpnltps	%ymm3, %ymm1, %ymm4
	vpand	%ymm4, %ymm0, %ymm4
	vpternlogd	$0x55, %zmm0, %zmm0, %zmm0
	vblendvps	%ymm0, %ymm5, %ymm1, %ymm1
	vblendvps	%ymm4, %ymm3, %ymm1, %ymm1
	vmovups	%ymm1, (%r8,%rdi,4)
	je	.L1648
.L1414:
	vmovss	(%rdx,%rsi,4), %xmm0
	leaq	0(,%rsi,4), %rax
	leaq	(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jnp	.L1655
.L1457:
	vmovss	.LC16(%rip), %xmm0
.L1416:
	vmovss	%xmm0, (%rdi)
	leaq	1(%rsi), %rdi
	cmpq	%rdi, %r9
	jle	.L1648
	vmovss	4(%rdx,%rax), %xmm0
	leaq	4(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jp	.L1459
	vminss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	je	.L1459
.L1418:
	vmovss	%xmm0, (%rdi)
	leaq	2(%rsi), %rdi
	cmpq	%rdi, %r9
	jle	.L1648
	vmovss	8(%rdx,%rax), %xmm0
	leaq	8(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jp	.L1461
	vminss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	je	.L1461
.L1420:
	vmovss	%xmm0, (%rdi)
	leaq	3(%rsi), %rdi
	cmpq	%rdi, %r9
	jle	.L1648
	vmovss	12(%rdx,%rax), %xmm0
	leaq	12(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jp	.L1463
	vminss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	je	.L1463
.L1422:
	vmovss	%xmm0, (%rdi)
	leaq	4(%rsi), %rdi
	cmpq	%rdi, %r9
	jle	.L1648
	vmovss	16(%rdx,%rax), %xmm0
	leaq	16(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jp	.L1465
	vminss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	je	.L1465
.L1424:
	vmovss	%xmm0, (%rdi)
	leaq	5(%rsi), %rdi
	cmpq	%rdi, %r9
	jle	.L1648
	vmovss	20(%rdx,%rax), %xmm0
	leaq	20(%r8,%rax), %rdi
	vucomiss	%xmm0, %xmm0
	jp	.L1467
	vminss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	je	.L1467
.L1426:
	addq	$6, %rsi
	vmovss	%xmm0, (%rdi)
	cmpq	%rsi, %r9
	jle	.L1648
	vmovss	24(%rdx,%rax), %xmm0
	leaq	24(%r8,%rax), %rax
	vucomiss	%xmm0, %xmm0
	jp	.L1473
	vminss	%xmm0, %xmm2, %xmm2
	testb	%cl, %cl
	je	.L1473
.L1431:
	vmovss	%xmm2, (%rax)
	vzeroupper
	ret
.L1654:
	vminss	%xmm4, %xmm0, %xmm0
	testb	%dl, %dl
	jne	.L1398
	jmp	.L1453
.L1655:
	vminss	%xmm0, %xmm2, %xmm0
	testb	%cl, %cl
	jne	.L1416
	jmp	.L1457
.L1442:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L1354
	.p2align 4,,10
	.p2align 3
.L1454:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1400
	.p2align 4,,10
	.p2align 3
.L1459:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1418
	.p2align 4,,10
	.p2align 3
.L1455:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1402
.L1461:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1420
.L1463:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1422
.L1465:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1424
.L1467:
	vmovss	.LC16(%rip), %xmm0
	jmp	.L1426
.L1473:
	vmovss	.LC16(%rip), %xmm2
	jmp	.L1431
.L1470:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L1436
.L1449:
	xorl	%esi, %esi
	xorl	%ecx, %ecx
	jmp	.L1386
.L1456:
	xorl	%edi, %edi
	xorl	%esi, %esi
	jmp	.L1410
	.cfi_endproc
.LFE5144:
	.size	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE5EEEvPKflS5_lPfl, .-_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE5EEEvPKflS5_lPfl
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll:
.LFB4770:
	.cfi_startproc
	movq	24(%rdi), %rax
	movq	%rdx, %r9
	movq	32(%rdi), %rdx
	subq	%rsi, %r9
	movq	(%rax), %rcx
	movq	(%rdx), %r8
	movq	8(%rdi), %rax
	movq	16(%rdi), %rdx
	movq	%rcx, %r10
	movq	(%rdi), %rdi
	leaq	(%r8,%rsi,4), %r8
	imulq	%rsi, %r10
	movq	(%rax), %rax
	movq	(%rdx), %rdx
	movq	(%rdi), %rdi
	leaq	(%rdx,%r10,4), %rdx
	movq	%rax, %r10
	imulq	%rsi, %r10
	movq	%rax, %rsi
	leaq	(%rdi,%r10,4), %rdi
	jmp	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE5EEEvPKflS5_lPfl
	.cfi_endproc
.LFE4770:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_:
.LFB5503:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.cfi_endproc
.LFE5503:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE0EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE0EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5534:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1665
	cmpl	$2, %edx
	je	.L1661
	cmpl	$3, %edx
	je	.L1660
	testl	%edx, %edx
	je	.L1666
.L1660:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1665:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1666:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1661:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5534:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE0EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE0EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE1EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE1EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5541:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1674
	cmpl	$2, %edx
	je	.L1670
	cmpl	$3, %edx
	je	.L1669
	testl	%edx, %edx
	je	.L1675
.L1669:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1674:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1675:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1670:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5541:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE1EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE1EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE2EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE2EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5548:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1683
	cmpl	$2, %edx
	je	.L1679
	cmpl	$3, %edx
	je	.L1678
	testl	%edx, %edx
	je	.L1684
.L1678:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1683:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1684:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1679:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5548:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE2EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE2EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE3EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE3EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5555:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1692
	cmpl	$2, %edx
	je	.L1688
	cmpl	$3, %edx
	je	.L1687
	testl	%edx, %edx
	je	.L1693
.L1687:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1692:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1693:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1688:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5555:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE3EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE3EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE4EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE4EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5562:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1701
	cmpl	$2, %edx
	je	.L1697
	cmpl	$3, %edx
	je	.L1696
	testl	%edx, %edx
	je	.L1702
.L1696:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1701:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1702:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1697:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5562:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE4EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE4EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE5EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE5EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5569:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1710
	cmpl	$2, %edx
	je	.L1706
	cmpl	$3, %edx
	je	.L1705
	testl	%edx, %edx
	je	.L1711
.L1705:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1710:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1711:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1706:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5569:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE5EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE5EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE6EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE6EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5576:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1719
	cmpl	$2, %edx
	je	.L1715
	cmpl	$3, %edx
	je	.L1714
	testl	%edx, %edx
	je	.L1720
.L1714:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1719:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1720:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1715:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5576:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE6EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE6EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE7EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE7EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5583:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1728
	cmpl	$2, %edx
	je	.L1724
	cmpl	$3, %edx
	je	.L1723
	testl	%edx, %edx
	je	.L1729
.L1723:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1728:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1729:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1724:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5583:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE7EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE7EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE8EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE8EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5590:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1737
	cmpl	$2, %edx
	je	.L1733
	cmpl	$3, %edx
	je	.L1732
	testl	%edx, %edx
	je	.L1738
.L1732:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1737:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1738:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1733:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5590:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE8EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE8EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE9EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE9EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5597:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1746
	cmpl	$2, %edx
	je	.L1742
	cmpl	$3, %edx
	je	.L1741
	testl	%edx, %edx
	je	.L1747
.L1741:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1746:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1747:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1742:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5597:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE9EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE9EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE10EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE10EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5604:
	.cfi_startproc
	cmpl	$1, %edx
	je	.L1755
	cmpl	$2, %edx
	je	.L1751
	cmpl	$3, %edx
	je	.L1750
	testl	%edx, %edx
	je	.L1756
.L1750:
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1755:
	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1756:
	movq	$0, (%rdi)
	xorl	%eax, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L1751:
	movdqu	(%rsi), %xmm0
	xorl	%eax, %eax
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE5604:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE10EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE10EEEvPKfPflEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflllENKUlllE0_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflllENKUlllE0_clEll:
.LFB4861:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	andq	$-64, %rsp
	subq	$192, %rsp
	.cfi_offset 15, -24
	.cfi_offset 14, -32
	.cfi_offset 13, -40
	.cfi_offset 12, -48
	.cfi_offset 3, -56
	movq	%rdi, 112(%rsp)
	movq	%rsi, 176(%rsp)
	movq	%rdx, 104(%rsp)
	cmpq	%rdx, %rsi
	jge	.L1827
	movq	16(%rdi), %rax
	movq	%rsi, %rcx
	movq	(%rax), %r12
	movq	8(%rdi), %rax
	movq	(%rax), %r15
	movq	24(%rdi), %rax
	imulq	%r12, %rcx
	movq	%r12, %r13
	shrq	$4, %r13
	movq	%r12, %r14
	movq	(%rax), %r8
	movq	(%rdi), %rax
	salq	$6, %r13
	andq	$-16, %r14
	movq	%rcx, %r11
	movq	(%rax), %rbx
	leaq	0(,%r12,4), %rax
	leaq	(%r12,%r11), %rdx
	movq	%rax, 168(%rsp)
	movq	%rsi, %rax
	leaq	(%r8,%rdx,4), %r10
	leaq	(%r8,%rcx,4), %rcx
	imulq	%r15, %rax
	movq	%rdx, 152(%rsp)
	movq	%r12, %rdx
	imulq	%r15, %rdx
	imulq	%r12, %rax
	movq	%rdx, 120(%rsp)
	movq	%rax, 136(%rsp)
	leaq	0(,%r12,8), %rax
	movq	%rax, 88(%rsp)
	leaq	(%r12,%r12), %rax
	movq	%rax, 96(%rsp)
	leaq	-1(%r12), %rax
	movq	%rax, 184(%rsp)
	movq	%r12, %rax
	andl	$15, %eax
	movq	%rax, 64(%rsp)
	subq	$1, %rax
	movq	%rax, 56(%rsp)
	movq	%r10, %rax
	movq	%r15, %r10
	movq	%r11, %r15
	movq	%rax, %r11
	.p2align 4,,10
	.p2align 3
.L1762:
	testq	%r12, %r12
	jle	.L1759
	movq	168(%rsp), %rdx
	xorl	%esi, %esi
	movq	%rcx, %rdi
	movq	%r11, 128(%rsp)
	movq	%r8, 144(%rsp)
	movq	%r10, 160(%rsp)
	call	memset@PLT
	movq	160(%rsp), %r10
	movq	144(%rsp), %r8
	movq	128(%rsp), %r11
	movq	%rax, %rcx
	testq	%r10, %r10
	jle	.L1761
	leaq	-1(%r10), %rax
	xorl	%r9d, %r9d
	movq	%rax, 128(%rsp)
	cmpq	$2, %r10
	jle	.L1765
	movq	136(%rsp), %rdi
	movq	%r10, 80(%rsp)
	vmovq	%r8, %xmm2
	cmpq	$14, 184(%rsp)
	movq	%r11, 72(%rsp)
	movq	%r13, 144(%rsp)
	leaq	(%rbx,%rdi,4), %rsi
	leaq	(%rdi,%r12), %r9
	movq	$1, 160(%rsp)
	jbe	.L1794
.L1830:
	movq	168(%rsp), %rax
	movq	144(%rsp), %r13
	leaq	(%rax,%rsi), %rdx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L1778:
	vmovups	(%rsi,%rax), %zmm5
	vaddps	(%rcx,%rax), %zmm5, %zmm0
	vaddps	(%rdx,%rax), %zmm0, %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%r13, %rax
	jne	.L1778
	movq	%r13, 144(%rsp)
	cmpq	%r12, %r14
	je	.L1766
	movq	%r14, %rdx
	movq	%r14, %rax
.L1777:
	movq	%r12, %r10
	subq	%rdx, %r10
	leaq	-1(%r10), %r11
	cmpq	$6, %r11
	jbe	.L1767
	leaq	(%r15,%rdx), %r11
	vmovq	%xmm2, %r8
	leaq	(%r8,%r11,4), %r11
	leaq	(%rdi,%rdx), %r8
	addq	%r9, %rdx
	vmovups	(%rbx,%r8,4), %ymm6
	vaddps	(%r11), %ymm6, %ymm0
	vaddps	(%rbx,%rdx,4), %ymm0, %ymm0
	movq	%r10, %rdx
	andq	$-8, %rdx
	addq	%rdx, %rax
	andl	$7, %r10d
	vmovups	%ymm0, (%r11)
	je	.L1766
.L1767:
	leaq	(%rdi,%rax), %r8
	leaq	0(,%rax,4), %r11
	vmovss	(%rbx,%r8,4), %xmm0
	leaq	(%rcx,%r11), %r10
	leaq	(%rax,%r9), %r8
	vaddss	(%r10), %xmm0, %xmm0
	vaddss	(%rbx,%r8,4), %xmm0, %xmm0
	leaq	1(%rax), %rdx
	vmovss	%xmm0, (%r10)
	cmpq	%rdx, %r12
	jle	.L1766
	leaq	4(%rcx,%r11), %r8
	leaq	(%rdi,%rdx), %r13
	addq	%r9, %rdx
	vmovss	(%rbx,%r13,4), %xmm0
	vaddss	(%r8), %xmm0, %xmm0
	leaq	2(%rax), %r10
	vaddss	(%rbx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%r10, %r12
	jle	.L1766
	leaq	8(%rcx,%r11), %r8
	leaq	(%rdi,%r10), %r13
	addq	%r9, %r10
	vmovss	(%rbx,%r13,4), %xmm0
	vaddss	(%r8), %xmm0, %xmm0
	leaq	3(%rax), %rdx
	vaddss	(%rbx,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%rdx, %r12
	jle	.L1766
	leaq	12(%rcx,%r11), %r8
	leaq	(%rdi,%rdx), %r13
	addq	%r9, %rdx
	vmovss	(%rbx,%r13,4), %xmm0
	vaddss	(%r8), %xmm0, %xmm0
	leaq	4(%rax), %r10
	vaddss	(%rbx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%r10, %r12
	jle	.L1766
	leaq	16(%rcx,%r11), %r8
	leaq	(%rdi,%r10), %r13
	addq	%r9, %r10
	vmovss	(%rbx,%r13,4), %xmm0
	vaddss	(%r8), %xmm0, %xmm0
	leaq	5(%rax), %rdx
	vaddss	(%rbx,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%rdx, %r12
	jle	.L1766
	leaq	20(%rcx,%r11), %r8
	leaq	(%rdi,%rdx), %r10
	addq	%r9, %rdx
	addq	$6, %rax
	vmovss	(%rbx,%r10,4), %xmm0
	vaddss	(%r8), %xmm0, %xmm0
	vaddss	(%rbx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%rax, %r12
	jle	.L1766
	leaq	24(%rcx,%r11), %rdx
	leaq	(%rdi,%rax), %r8
	addq	%r9, %rax
	vmovss	(%rbx,%r8,4), %xmm0
	vaddss	(%rdx), %xmm0, %xmm0
	vaddss	(%rbx,%rax,4), %xmm0, %xmm0
	vmovss	%xmm0, (%rdx)
.L1766:
	movq	88(%rsp), %rdx
	movq	160(%rsp), %rax
	addq	%rdx, %rsi
	movq	96(%rsp), %rdx
	addq	$2, %rax
	addq	%rdx, %rdi
	addq	%rdx, %r9
	cmpq	%rax, 128(%rsp)
	jle	.L1829
	cmpq	$14, 184(%rsp)
	movq	%rax, 160(%rsp)
	ja	.L1830
.L1794:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L1777
.L1829:
	movq	80(%rsp), %r10
	movq	160(%rsp), %r9
	vmovq	%xmm2, %r8
	movq	72(%rsp), %r11
	movq	144(%rsp), %r13
	addq	$1, %r9
.L1765:
	movq	%r12, %rdx
	movq	136(%rsp), %rax
	movq	%r11, 160(%rsp)
	movq	%r8, %r11
	imulq	%r9, %rdx
	addq	%rax, %rdx
	.p2align 4,,10
	.p2align 3
.L1776:
	cmpq	$14, 184(%rsp)
	jbe	.L1792
.L1772:
	leaq	(%rbx,%rdx,4), %rsi
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L1771:
	vmovups	(%rsi,%rax), %zmm3
	vaddps	(%rcx,%rax), %zmm3, %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %r13
	jne	.L1771
	cmpq	%r12, %r14
	je	.L1831
	movq	%r14, %rsi
	movq	%r14, %rax
.L1770:
	movq	%r12, %rdi
	subq	%rsi, %rdi
	leaq	-1(%rdi), %r8
	cmpq	$6, %r8
	jbe	.L1774
	leaq	(%rsi,%r15), %r8
	addq	%rdx, %rsi
	leaq	(%r11,%r8,4), %r8
	vmovups	(%rbx,%rsi,4), %ymm4
	movq	%rdi, %rsi
	vaddps	(%r8), %ymm4, %ymm0
	andq	$-8, %rsi
	addq	%rsi, %rax
	andl	$7, %edi
	vmovups	%ymm0, (%r8)
	je	.L1775
.L1774:
	leaq	0(,%rax,4), %rsi
	leaq	(%rax,%rdx), %r8
	leaq	(%rcx,%rsi), %rdi
	vmovss	(%rdi), %xmm0
	vaddss	(%rbx,%r8,4), %xmm0, %xmm0
	vmovss	%xmm0, (%rdi)
	leaq	1(%rax), %rdi
	cmpq	%rdi, %r12
	jle	.L1775
	leaq	4(%rcx,%rsi), %r8
	addq	%rdx, %rdi
	vmovss	(%r8), %xmm0
	vaddss	(%rbx,%rdi,4), %xmm0, %xmm0
	leaq	2(%rax), %rdi
	vmovss	%xmm0, (%r8)
	cmpq	%rdi, %r12
	jle	.L1775
	leaq	8(%rcx,%rsi), %r8
	addq	%rdx, %rdi
	vmovss	(%r8), %xmm0
	vaddss	(%rbx,%rdi,4), %xmm0, %xmm0
	leaq	3(%rax), %rdi
	vmovss	%xmm0, (%r8)
	cmpq	%rdi, %r12
	jle	.L1775
	leaq	12(%rcx,%rsi), %r8
	addq	%rdx, %rdi
	vmovss	(%r8), %xmm0
	vaddss	(%rbx,%rdi,4), %xmm0, %xmm0
	leaq	4(%rax), %rdi
	vmovss	%xmm0, (%r8)
	cmpq	%rdi, %r12
	jle	.L1775
	leaq	16(%rcx,%rsi), %r8
	addq	%rdx, %rdi
	vmovss	(%r8), %xmm0
	vaddss	(%rbx,%rdi,4), %xmm0, %xmm0
	leaq	5(%rax), %rdi
	vmovss	%xmm0, (%r8)
	cmpq	%rdi, %r12
	jle	.L1775
	leaq	20(%rcx,%rsi), %r8
	addq	%rdx, %rdi
	addq	$6, %rax
	vmovss	(%r8), %xmm0
	vaddss	(%rbx,%rdi,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%rax, %r12
	jle	.L1775
	leaq	24(%rcx,%rsi), %rsi
	addq	%rdx, %rax
	vmovss	(%rsi), %xmm0
	vaddss	(%rbx,%rax,4), %xmm0, %xmm0
	vmovss	%xmm0, (%rsi)
.L1775:
	addq	$1, %r9
	addq	%r12, %rdx
	cmpq	%r9, %r10
	jg	.L1776
	movq	%r11, %r8
	movq	160(%rsp), %r11
.L1761:
	cmpq	$6, 184(%rsp)
	movq	112(%rsp), %rax
	movq	32(%rax), %rax
	jbe	.L1780
.L1790:
	leaq	4(%rax), %rdx
	cmpq	%rcx, %rdx
	jbe	.L1797
	cmpq	%r11, %rax
	jnb	.L1797
.L1780:
	movq	%rcx, %rdx
	.p2align 4,,10
	.p2align 3
.L1788:
	vmovss	(%rdx), %xmm0
	vmulss	(%rax), %xmm0, %xmm0
	addq	$4, %rdx
	vmovss	%xmm0, -4(%rdx)
	cmpq	%rdx, %r11
	jne	.L1788
.L1826:
	vzeroupper
.L1759:
	movq	168(%rsp), %rdx
	movq	152(%rsp), %rdi
	addq	$1, 176(%rsp)
	movq	120(%rsp), %rsi
	movq	176(%rsp), %rax
	addq	%rdx, %rcx
	movq	%rdi, %r15
	addq	%rdx, %r11
	addq	%rsi, 136(%rsp)
	cmpq	%rax, 104(%rsp)
	je	.L1827
	leaq	(%r12,%rdi), %rax
	movq	%rax, 152(%rsp)
	jmp	.L1762
.L1797:
	cmpq	$14, 184(%rsp)
	jbe	.L1795
	vbroadcastss	(%rax), %zmm1
	leaq	(%rcx,%r13), %rsi
	movq	%rcx, %rdx
	.p2align 4,,10
	.p2align 3
.L1783:
	vmulps	(%rdx), %zmm1, %zmm0
	addq	$64, %rdx
	vmovups	%zmm0, -64(%rdx)
	cmpq	%rdx, %rsi
	jne	.L1783
	cmpq	%r12, %r14
	je	.L1826
	cmpq	$6, 56(%rsp)
	movq	64(%rsp), %rsi
	movq	%r14, %rdx
	jbe	.L1786
	movq	%r14, %rdi
.L1782:
	addq	%r15, %rdx
	vbroadcastss	(%rax), %ymm0
	leaq	(%r8,%rdx,4), %rdx
	vmulps	(%rdx), %ymm0, %ymm0
	vmovups	%ymm0, (%rdx)
	movq	%rsi, %rdx
	andq	$-8, %rdx
	addq	%rdi, %rdx
	andl	$7, %esi
	je	.L1826
.L1786:
	leaq	(%r15,%rdx), %rsi
	leaq	(%r8,%rsi,4), %rsi
	vmovss	(%rsi), %xmm0
	vmulss	(%rax), %xmm0, %xmm0
	vmovss	%xmm0, (%rsi)
	leaq	1(%rdx), %rsi
	cmpq	%rsi, %r12
	jle	.L1826
	addq	%r15, %rsi
	leaq	(%r8,%rsi,4), %rsi
	vmovss	(%rsi), %xmm0
	vmulss	(%rax), %xmm0, %xmm0
	vmovss	%xmm0, (%rsi)
	leaq	2(%rdx), %rsi
	cmpq	%rsi, %r12
	jle	.L1826
	addq	%r15, %rsi
	leaq	(%r8,%rsi,4), %rsi
	vmovss	(%rsi), %xmm0
	vmulss	(%rax), %xmm0, %xmm0
	vmovss	%xmm0, (%rsi)
	leaq	3(%rdx), %rsi
	cmpq	%rsi, %r12
	jle	.L1826
	addq	%r15, %rsi
	leaq	(%r8,%rsi,4), %rsi
	vmovss	(%rsi), %xmm0
	vmulss	(%rax), %xmm0, %xmm0
	vmovss	%xmm0, (%rsi)
	leaq	4(%rdx), %rsi
	cmpq	%rsi, %r12
	jle	.L1826
	addq	%r15, %rsi
	leaq	(%r8,%rsi,4), %rsi
	vmovss	(%rsi), %xmm0
	vmulss	(%rax), %xmm0, %xmm0
	vmovss	%xmm0, (%rsi)
	leaq	5(%rdx), %rsi
	cmpq	%rsi, %r12
	jle	.L1826
	addq	%r15, %rsi
	addq	$6, %rdx
	leaq	(%r8,%rsi,4), %rsi
	vmovss	(%rsi), %xmm0
	vmulss	(%rax), %xmm0, %xmm0
	vmovss	%xmm0, (%rsi)
	cmpq	%rdx, %r12
	jle	.L1826
	addq	%r15, %rdx
	leaq	(%r8,%rdx,4), %rdx
	vmovss	(%rdx), %xmm0
	vmulss	(%rax), %xmm0, %xmm0
	vmovss	%xmm0, (%rdx)
	vzeroupper
	jmp	.L1759
.L1792:
	xorl	%esi, %esi
	xorl	%eax, %eax
	jmp	.L1770
.L1831:
	addq	$1, %r9
	addq	%r14, %rdx
	cmpq	%r9, %r10
	jg	.L1772
	movq	112(%rsp), %rax
	movq	%r11, %r8
	movq	160(%rsp), %r11
	movq	32(%rax), %rax
	jmp	.L1790
.L1827:
	leaq	-40(%rbp), %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
.L1795:
	.cfi_restore_state
	movq	%r12, %rsi
	xorl	%edx, %edx
	xorl	%edi, %edi
	jmp	.L1782
	.cfi_endproc
.LFE4861:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflllENKUlllE0_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflllENKUlllE0_clEll
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE0_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE0_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5686:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE3EEEvPKfPflllENKUlllE0_clEll
	.cfi_endproc
.LFE5686:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE0_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE0_E9_M_invokeERKSt9_Any_dataOlSE_
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE6EEEvPKflS5_lPfl, @function
_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE6EEEvPKflS5_lPfl:
.LFB5152:
	.cfi_startproc
	movq	%rdx, %r10
	cmpq	$1, %rsi
	jne	.L1841
	cmpq	$1, %rcx
	jne	.L1834
	testq	%r9, %r9
	jle	.L1915
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1861
	movq	%r9, %rdx
	xorl	%eax, %eax
	shrq	$4, %rdx
	salq	$6, %rdx
	.p2align 4,,10
	.p2align 3
.L1837:
	vmovups	(%rdi,%rax), %zmm3
	vsubps	(%r10,%rax), %zmm3, %zmm0
	vmulps	%zmm0, %zmm0, %zmm0
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdx
	jne	.L1837
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rdx
	cmpq	%r9, %rax
	je	.L1914
.L1836:
	movq	%r9, %rcx
	subq	%rdx, %rcx
	leaq	-1(%rcx), %rsi
	cmpq	$6, %rsi
	jbe	.L1839
	vmovups	(%rdi,%rdx,4), %ymm5
	vsubps	(%r10,%rdx,4), %ymm5, %ymm0
	vmulps	%ymm0, %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rdx,4)
	movq	%rcx, %rdx
	andq	$-8, %rdx
	addq	%rdx, %rax
	andl	$7, %ecx
	je	.L1914
.L1839:
	vmovss	(%rdi,%rax,4), %xmm0
	vsubss	(%r10,%rax,4), %xmm0, %xmm0
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%r9, %rcx
	jge	.L1914
	vmovss	4(%rdi,%rdx), %xmm0
	vsubss	4(%r10,%rdx), %xmm0, %xmm0
	leaq	2(%rax), %rcx
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vmovss	8(%rdi,%rdx), %xmm0
	vsubss	8(%r10,%rdx), %xmm0, %xmm0
	leaq	3(%rax), %rcx
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vmovss	12(%rdi,%rdx), %xmm0
	vsubss	12(%r10,%rdx), %xmm0, %xmm0
	leaq	4(%rax), %rcx
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vmovss	16(%rdi,%rdx), %xmm0
	vsubss	16(%r10,%rdx), %xmm0, %xmm0
	leaq	5(%rax), %rcx
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vmovss	20(%rdi,%rdx), %xmm0
	vsubss	20(%r10,%rdx), %xmm0, %xmm0
	addq	$6, %rax
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L1914
	vmovss	24(%rdi,%rdx), %xmm0
	vsubss	24(%r10,%rdx), %xmm0, %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L1918:
	testq	%r9, %r9
	jle	.L1915
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1863
	movq	%r9, %rdx
	vbroadcastss	%xmm0, %zmm2
	xorl	%eax, %eax
	shrq	$4, %rdx
	salq	$6, %rdx
	.p2align 4,,10
	.p2align 3
.L1850:
	vsubps	(%r10,%rax), %zmm2, %zmm1
	vmulps	%zmm1, %zmm1, %zmm1
	vmovups	%zmm1, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdx
	jne	.L1850
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rdx
	cmpq	%rax, %r9
	je	.L1914
.L1849:
	movq	%r9, %rcx
	subq	%rdx, %rcx
	leaq	-1(%rcx), %rsi
	cmpq	$6, %rsi
	jbe	.L1853
	vbroadcastss	%xmm0, %ymm1
	vsubps	(%r10,%rdx,4), %ymm1, %ymm1
	vmulps	%ymm1, %ymm1, %ymm1
	vmovups	%ymm1, (%r8,%rdx,4)
	movq	%rcx, %rdx
	andq	$-8, %rdx
	addq	%rdx, %rax
	andl	$7, %ecx
	je	.L1914
.L1853:
	vsubss	(%r10,%rax,4), %xmm0, %xmm1
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmulss	%xmm1, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L1914
	vsubss	4(%r10,%rdx), %xmm0, %xmm1
	leaq	2(%rax), %rcx
	vmulss	%xmm1, %xmm1, %xmm1
	vmovss	%xmm1, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vsubss	8(%r10,%rdx), %xmm0, %xmm1
	leaq	3(%rax), %rcx
	vmulss	%xmm1, %xmm1, %xmm1
	vmovss	%xmm1, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vsubss	12(%r10,%rdx), %xmm0, %xmm1
	leaq	4(%rax), %rcx
	vmulss	%xmm1, %xmm1, %xmm1
	vmovss	%xmm1, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vsubss	16(%r10,%rdx), %xmm0, %xmm1
	leaq	5(%rax), %rcx
	vmulss	%xmm1, %xmm1, %xmm1
	vmovss	%xmm1, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jg	.L1916
	.p2align 4,,10
	.p2align 3
.L1914:
	vzeroupper
.L1915:
	ret
	.p2align 4,,10
	.p2align 3
.L1834:
	cmpq	$1, %rsi
	je	.L1917
.L1841:
	vmovss	(%rdi), %xmm0
	cmpq	$1, %rcx
	je	.L1918
	vsubss	(%r10), %xmm0, %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	testq	%r9, %r9
	jle	.L1915
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1864
	movq	%r9, %rdx
	vbroadcastss	%xmm0, %zmm1
	movq	%r8, %rax
	shrq	$4, %rdx
	salq	$6, %rdx
	addq	%r8, %rdx
	.p2align 4,,10
	.p2align 3
.L1856:
	vmovups	%zmm1, (%rax)
	addq	$64, %rax
	cmpq	%rdx, %rax
	jne	.L1856
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L1914
.L1855:
	movq	%r9, %rdx
	subq	%rcx, %rdx
	leaq	-1(%rdx), %rsi
	cmpq	$6, %rsi
	jbe	.L1859
	vbroadcastss	%xmm0, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rdx, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edx
	je	.L1914
.L1859:
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L1914
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L1914
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L1917:
	vmovss	(%rdx), %xmm1
	testq	%r9, %r9
	jle	.L1915
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1862
	movq	%r9, %rdx
	vbroadcastss	%xmm1, %zmm2
	xorl	%eax, %eax
	shrq	$4, %rdx
	salq	$6, %rdx
	.p2align 4,,10
	.p2align 3
.L1843:
	vmovups	(%rdi,%rax), %zmm4
	vsubps	%zmm2, %zmm4, %zmm0
	vmulps	%zmm0, %zmm0, %zmm0
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdx
	jne	.L1843
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rdx
	cmpq	%rax, %r9
	je	.L1914
.L1842:
	movq	%r9, %rcx
	subq	%rdx, %rcx
	leaq	-1(%rcx), %rsi
	cmpq	$6, %rsi
	jbe	.L1846
	vmovups	(%rdi,%rdx,4), %ymm6
	vbroadcastss	%xmm1, %ymm0
	vsubps	%ymm0, %ymm6, %ymm0
	vmulps	%ymm0, %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rdx,4)
	movq	%rcx, %rdx
	andq	$-8, %rdx
	addq	%rdx, %rax
	andl	$7, %ecx
	je	.L1914
.L1846:
	vmovss	(%rdi,%rax,4), %xmm0
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vsubss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L1914
	vmovss	4(%rdi,%rdx), %xmm0
	leaq	2(%rax), %rcx
	vsubss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vmovss	8(%rdi,%rdx), %xmm0
	leaq	3(%rax), %rcx
	vsubss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vmovss	12(%rdi,%rdx), %xmm0
	leaq	4(%rax), %rcx
	vsubss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vmovss	16(%rdi,%rdx), %xmm0
	leaq	5(%rax), %rcx
	vsubss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L1914
	vmovss	20(%rdi,%rdx), %xmm0
	addq	$6, %rax
	vsubss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L1914
	vmovss	24(%rdi,%rdx), %xmm0
	vsubss	%xmm1, %xmm0, %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L1916:
	vsubss	20(%r10,%rdx), %xmm0, %xmm1
	addq	$6, %rax
	vmulss	%xmm1, %xmm1, %xmm1
	vmovss	%xmm1, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L1914
	vsubss	24(%r10,%rdx), %xmm0, %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
.L1861:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L1836
.L1864:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L1855
.L1862:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L1842
.L1863:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L1849
	.cfi_endproc
.LFE5152:
	.size	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE6EEEvPKflS5_lPfl, .-_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE6EEEvPKflS5_lPfl
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll:
.LFB4777:
	.cfi_startproc
	movq	24(%rdi), %rax
	movq	%rdx, %r9
	movq	32(%rdi), %rdx
	subq	%rsi, %r9
	movq	(%rax), %rcx
	movq	(%rdx), %r8
	movq	8(%rdi), %rax
	movq	16(%rdi), %rdx
	movq	%rcx, %r10
	movq	(%rdi), %rdi
	leaq	(%r8,%rsi,4), %r8
	imulq	%rsi, %r10
	movq	(%rax), %rax
	movq	(%rdx), %rdx
	movq	(%rdi), %rdi
	leaq	(%rdx,%r10,4), %rdx
	movq	%rax, %r10
	imulq	%rsi, %r10
	movq	%rax, %rsi
	leaq	(%rdi,%r10,4), %rdi
	jmp	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE6EEEvPKflS5_lPfl
	.cfi_endproc
.LFE4777:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_:
.LFB5517:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.cfi_endproc
.LFE5517:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE3EEEvPKflS5_lPfl, @function
_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE3EEEvPKflS5_lPfl:
.LFB5128:
	.cfi_startproc
	cmpq	$1, %rsi
	jne	.L1929
	cmpq	$1, %rcx
	jne	.L1922
	testq	%r9, %r9
	jle	.L2003
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1949
	movq	%r9, %rcx
	xorl	%eax, %eax
	shrq	$4, %rcx
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L1925:
	vmovups	(%rdi,%rax), %zmm3
	vdivps	(%rdx,%rax), %zmm3, %zmm0
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rcx
	jne	.L1925
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%r9, %rax
	je	.L2002
.L1924:
	movq	%r9, %rsi
	subq	%rcx, %rsi
	leaq	-1(%rsi), %r10
	cmpq	$6, %r10
	jbe	.L1927
	vmovups	(%rdi,%rcx,4), %ymm5
	vdivps	(%rdx,%rcx,4), %ymm5, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rsi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %esi
	je	.L2002
.L1927:
	leaq	1(%rax), %rsi
	vmovss	(%rdi,%rax,4), %xmm0
	leaq	0(,%rax,4), %rcx
	vdivss	(%rdx,%rax,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%r9, %rsi
	jge	.L2002
	leaq	2(%rax), %rsi
	vmovss	4(%rdi,%rcx), %xmm0
	vdivss	4(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 4(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2002
	leaq	3(%rax), %rsi
	vmovss	8(%rdi,%rcx), %xmm0
	vdivss	8(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 8(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2002
	leaq	4(%rax), %rsi
	vmovss	12(%rdi,%rcx), %xmm0
	vdivss	12(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 12(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2002
	leaq	5(%rax), %rsi
	vmovss	16(%rdi,%rcx), %xmm0
	vdivss	16(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 16(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2002
	addq	$6, %rax
	vmovss	20(%rdi,%rcx), %xmm0
	vdivss	20(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 20(%r8,%rcx)
	cmpq	%rax, %r9
	jle	.L2002
	vmovss	24(%rdi,%rcx), %xmm0
	vdivss	24(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rcx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2006:
	testq	%r9, %r9
	jle	.L2003
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1951
	movq	%r9, %rcx
	vbroadcastss	%xmm0, %zmm2
	xorl	%eax, %eax
	shrq	$4, %rcx
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L1938:
	vdivps	(%rdx,%rax), %zmm2, %zmm1
	vmovups	%zmm1, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rcx
	jne	.L1938
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L2002
.L1937:
	movq	%r9, %rsi
	subq	%rcx, %rsi
	leaq	-1(%rsi), %rdi
	cmpq	$6, %rdi
	jbe	.L1941
	vbroadcastss	%xmm0, %ymm1
	vdivps	(%rdx,%rcx,4), %ymm1, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rsi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %esi
	je	.L2002
.L1941:
	leaq	1(%rax), %rsi
	vdivss	(%rdx,%rax,4), %xmm0, %xmm1
	leaq	0(,%rax,4), %rcx
	vmovss	%xmm1, (%r8,%rax,4)
	cmpq	%rsi, %r9
	jle	.L2002
	leaq	2(%rax), %rsi
	vdivss	4(%rdx,%rcx), %xmm0, %xmm1
	vmovss	%xmm1, 4(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2002
	leaq	3(%rax), %rsi
	vdivss	8(%rdx,%rcx), %xmm0, %xmm1
	vmovss	%xmm1, 8(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2002
	leaq	4(%rax), %rsi
	vdivss	12(%rdx,%rcx), %xmm0, %xmm1
	vmovss	%xmm1, 12(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2002
	leaq	5(%rax), %rsi
	vdivss	16(%rdx,%rcx), %xmm0, %xmm1
	vmovss	%xmm1, 16(%r8,%rcx)
	cmpq	%rsi, %r9
	jg	.L2004
	.p2align 4,,10
	.p2align 3
.L2002:
	vzeroupper
.L2003:
	ret
	.p2align 4,,10
	.p2align 3
.L1922:
	cmpq	$1, %rsi
	je	.L2005
.L1929:
	vmovss	(%rdi), %xmm0
	cmpq	$1, %rcx
	je	.L2006
	vdivss	(%rdx), %xmm0, %xmm0
	testq	%r9, %r9
	jle	.L2003
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1952
	movq	%r9, %rdx
	vbroadcastss	%xmm0, %zmm1
	movq	%r8, %rax
	shrq	$4, %rdx
	salq	$6, %rdx
	addq	%r8, %rdx
	.p2align 4,,10
	.p2align 3
.L1944:
	vmovups	%zmm1, (%rax)
	addq	$64, %rax
	cmpq	%rdx, %rax
	jne	.L1944
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L2002
.L1943:
	movq	%r9, %rdx
	subq	%rcx, %rdx
	leaq	-1(%rdx), %rsi
	cmpq	$6, %rsi
	jbe	.L1947
	vbroadcastss	%xmm0, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rdx, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edx
	je	.L2002
.L1947:
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L2002
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2002
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2002
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2002
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2002
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L2002
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2005:
	vmovss	(%rdx), %xmm1
	testq	%r9, %r9
	jle	.L2003
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L1950
	movq	%r9, %rdx
	vbroadcastss	%xmm1, %zmm2
	xorl	%eax, %eax
	shrq	$4, %rdx
	salq	$6, %rdx
	.p2align 4,,10
	.p2align 3
.L1931:
	vmovups	(%rdi,%rax), %zmm4
	vdivps	%zmm2, %zmm4, %zmm0
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdx
	jne	.L1931
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rdx
	cmpq	%rax, %r9
	je	.L2002
.L1930:
	movq	%r9, %rcx
	subq	%rdx, %rcx
	leaq	-1(%rcx), %rsi
	cmpq	$6, %rsi
	jbe	.L1934
	vmovups	(%rdi,%rdx,4), %ymm6
	vbroadcastss	%xmm1, %ymm0
	vdivps	%ymm0, %ymm6, %ymm0
	vmovups	%ymm0, (%r8,%rdx,4)
	movq	%rcx, %rdx
	andq	$-8, %rdx
	addq	%rdx, %rax
	andl	$7, %ecx
	je	.L2002
.L1934:
	vmovss	(%rdi,%rax,4), %xmm0
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vdivss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L2002
	vmovss	4(%rdi,%rdx), %xmm0
	leaq	2(%rax), %rcx
	vdivss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2002
	vmovss	8(%rdi,%rdx), %xmm0
	leaq	3(%rax), %rcx
	vdivss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2002
	vmovss	12(%rdi,%rdx), %xmm0
	leaq	4(%rax), %rcx
	vdivss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2002
	vmovss	16(%rdi,%rdx), %xmm0
	leaq	5(%rax), %rcx
	vdivss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2002
	vmovss	20(%rdi,%rdx), %xmm0
	addq	$6, %rax
	vdivss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L2002
	vmovss	24(%rdi,%rdx), %xmm0
	vdivss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2004:
	addq	$6, %rax
	vdivss	20(%rdx,%rcx), %xmm0, %xmm1
	vmovss	%xmm1, 20(%r8,%rcx)
	cmpq	%rax, %r9
	jle	.L2002
	vdivss	24(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rcx)
	vzeroupper
	ret
.L1949:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L1924
.L1952:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L1943
.L1950:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L1930
.L1951:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L1937
	.cfi_endproc
.LFE5128:
	.size	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE3EEEvPKflS5_lPfl, .-_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE3EEEvPKflS5_lPfl
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll:
.LFB4756:
	.cfi_startproc
	movq	24(%rdi), %rax
	movq	%rdx, %r9
	movq	32(%rdi), %rdx
	subq	%rsi, %r9
	movq	(%rax), %rcx
	movq	(%rdx), %r8
	movq	8(%rdi), %rax
	movq	16(%rdi), %rdx
	movq	%rcx, %r10
	movq	(%rdi), %rdi
	leaq	(%r8,%rsi,4), %r8
	imulq	%rsi, %r10
	movq	(%rax), %rax
	movq	(%rdx), %rdx
	movq	(%rdi), %rdi
	leaq	(%rdx,%r10,4), %rdx
	movq	%rax, %r10
	imulq	%rsi, %r10
	movq	%rax, %rsi
	leaq	(%rdi,%r10,4), %rdi
	jmp	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE3EEEvPKflS5_lPfl
	.cfi_endproc
.LFE4756:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_:
.LFB5475:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.cfi_endproc
.LFE5475:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE2EEEvPKflS5_lPfl, @function
_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE2EEEvPKflS5_lPfl:
.LFB5120:
	.cfi_startproc
	cmpq	$1, %rsi
	jne	.L2017
	cmpq	$1, %rcx
	jne	.L2010
	testq	%r9, %r9
	jle	.L2091
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2037
	movq	%r9, %rcx
	xorl	%eax, %eax
	shrq	$4, %rcx
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L2013:
	vmovups	(%rdi,%rax), %zmm3
	vmulps	(%rdx,%rax), %zmm3, %zmm0
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rcx
	jne	.L2013
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%r9, %rax
	je	.L2090
.L2012:
	movq	%r9, %rsi
	subq	%rcx, %rsi
	leaq	-1(%rsi), %r10
	cmpq	$6, %r10
	jbe	.L2015
	vmovups	(%rdx,%rcx,4), %ymm4
	vmulps	(%rdi,%rcx,4), %ymm4, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rsi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %esi
	je	.L2090
.L2015:
	vmovss	(%rdx,%rax,4), %xmm0
	vmulss	(%rdi,%rax,4), %xmm0, %xmm0
	leaq	1(%rax), %rsi
	leaq	0(,%rax,4), %rcx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%r9, %rsi
	jge	.L2090
	vmovss	4(%rdx,%rcx), %xmm0
	vmulss	4(%rdi,%rcx), %xmm0, %xmm0
	leaq	2(%rax), %rsi
	vmovss	%xmm0, 4(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2090
	vmovss	8(%rdi,%rcx), %xmm0
	vmulss	8(%rdx,%rcx), %xmm0, %xmm0
	leaq	3(%rax), %rsi
	vmovss	%xmm0, 8(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2090
	vmovss	12(%rdx,%rcx), %xmm0
	vmulss	12(%rdi,%rcx), %xmm0, %xmm0
	leaq	4(%rax), %rsi
	vmovss	%xmm0, 12(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2090
	vmovss	16(%rdx,%rcx), %xmm0
	vmulss	16(%rdi,%rcx), %xmm0, %xmm0
	leaq	5(%rax), %rsi
	vmovss	%xmm0, 16(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2090
	vmovss	20(%rdi,%rcx), %xmm0
	vmulss	20(%rdx,%rcx), %xmm0, %xmm0
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rcx)
	cmpq	%rax, %r9
	jle	.L2090
	vmovss	24(%rdx,%rcx), %xmm0
	vmulss	24(%rdi,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rcx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2094:
	testq	%r9, %r9
	jle	.L2091
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2039
	movq	%r9, %rcx
	vbroadcastss	%xmm0, %zmm2
	xorl	%eax, %eax
	shrq	$4, %rcx
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L2026:
	vmulps	(%rdx,%rax), %zmm2, %zmm1
	vmovups	%zmm1, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rcx
	jne	.L2026
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L2090
.L2025:
	movq	%r9, %rsi
	subq	%rcx, %rsi
	leaq	-1(%rsi), %rdi
	cmpq	$6, %rdi
	jbe	.L2029
	vbroadcastss	%xmm0, %ymm1
	vmulps	(%rdx,%rcx,4), %ymm1, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rsi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %esi
	je	.L2090
.L2029:
	vmulss	(%rdx,%rax,4), %xmm0, %xmm1
	leaq	1(%rax), %rsi
	leaq	0(,%rax,4), %rcx
	vmovss	%xmm1, (%r8,%rax,4)
	cmpq	%rsi, %r9
	jle	.L2090
	vmulss	4(%rdx,%rcx), %xmm0, %xmm1
	leaq	2(%rax), %rsi
	vmovss	%xmm1, 4(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2090
	vmulss	8(%rdx,%rcx), %xmm0, %xmm1
	leaq	3(%rax), %rsi
	vmovss	%xmm1, 8(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2090
	vmulss	12(%rdx,%rcx), %xmm0, %xmm1
	leaq	4(%rax), %rsi
	vmovss	%xmm1, 12(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2090
	vmulss	16(%rdx,%rcx), %xmm0, %xmm1
	leaq	5(%rax), %rsi
	vmovss	%xmm1, 16(%r8,%rcx)
	cmpq	%rsi, %r9
	jg	.L2092
	.p2align 4,,10
	.p2align 3
.L2090:
	vzeroupper
.L2091:
	ret
	.p2align 4,,10
	.p2align 3
.L2010:
	cmpq	$1, %rsi
	je	.L2093
.L2017:
	vmovss	(%rdi), %xmm0
	cmpq	$1, %rcx
	je	.L2094
	vmulss	(%rdx), %xmm0, %xmm0
	testq	%r9, %r9
	jle	.L2091
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2040
	movq	%r9, %rdx
	vbroadcastss	%xmm0, %zmm1
	movq	%r8, %rax
	shrq	$4, %rdx
	salq	$6, %rdx
	addq	%r8, %rdx
	.p2align 4,,10
	.p2align 3
.L2032:
	vmovups	%zmm1, (%rax)
	addq	$64, %rax
	cmpq	%rdx, %rax
	jne	.L2032
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L2090
.L2031:
	movq	%r9, %rdx
	subq	%rcx, %rdx
	leaq	-1(%rdx), %rsi
	cmpq	$6, %rsi
	jbe	.L2035
	vbroadcastss	%xmm0, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rdx, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edx
	je	.L2090
.L2035:
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L2090
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2090
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2090
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2090
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2090
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L2090
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2093:
	vmovss	(%rdx), %xmm1
	testq	%r9, %r9
	jle	.L2091
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2038
	movq	%r9, %rdx
	vbroadcastss	%xmm1, %zmm2
	xorl	%eax, %eax
	shrq	$4, %rdx
	salq	$6, %rdx
	.p2align 4,,10
	.p2align 3
.L2019:
	vmulps	(%rdi,%rax), %zmm2, %zmm0
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdx
	jne	.L2019
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rdx
	cmpq	%rax, %r9
	je	.L2090
.L2018:
	movq	%r9, %rcx
	subq	%rdx, %rcx
	leaq	-1(%rcx), %rsi
	cmpq	$6, %rsi
	jbe	.L2022
	vbroadcastss	%xmm1, %ymm0
	vmulps	(%rdi,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rdx,4)
	movq	%rcx, %rdx
	andq	$-8, %rdx
	addq	%rdx, %rax
	andl	$7, %ecx
	je	.L2090
.L2022:
	vmulss	(%rdi,%rax,4), %xmm1, %xmm0
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L2090
	vmulss	4(%rdi,%rdx), %xmm1, %xmm0
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2090
	vmulss	8(%rdi,%rdx), %xmm1, %xmm0
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2090
	vmulss	12(%rdi,%rdx), %xmm1, %xmm0
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2090
	vmulss	16(%rdi,%rdx), %xmm1, %xmm0
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2090
	vmulss	20(%rdi,%rdx), %xmm1, %xmm0
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L2090
	vmulss	24(%rdi,%rdx), %xmm1, %xmm1
	vmovss	%xmm1, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2092:
	vmulss	20(%rdx,%rcx), %xmm0, %xmm1
	addq	$6, %rax
	vmovss	%xmm1, 20(%r8,%rcx)
	cmpq	%rax, %r9
	jle	.L2090
	vmulss	24(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rcx)
	vzeroupper
	ret
.L2037:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2012
.L2040:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2031
.L2038:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L2018
.L2039:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2025
	.cfi_endproc
.LFE5120:
	.size	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE2EEEvPKflS5_lPfl, .-_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE2EEEvPKflS5_lPfl
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll:
.LFB4749:
	.cfi_startproc
	movq	24(%rdi), %rax
	movq	%rdx, %r9
	movq	32(%rdi), %rdx
	subq	%rsi, %r9
	movq	(%rax), %rcx
	movq	(%rdx), %r8
	movq	8(%rdi), %rax
	movq	16(%rdi), %rdx
	movq	%rcx, %r10
	movq	(%rdi), %rdi
	leaq	(%r8,%rsi,4), %r8
	imulq	%rsi, %r10
	movq	(%rax), %rax
	movq	(%rdx), %rdx
	movq	(%rdi), %rdi
	leaq	(%rdx,%r10,4), %rdx
	movq	%rax, %r10
	imulq	%rsi, %r10
	movq	%rax, %rsi
	leaq	(%rdi,%r10,4), %rdi
	jmp	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE2EEEvPKflS5_lPfl
	.cfi_endproc
.LFE4749:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_:
.LFB5461:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.cfi_endproc
.LFE5461:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE1EEEvPKflS5_lPfl, @function
_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE1EEEvPKflS5_lPfl:
.LFB5112:
	.cfi_startproc
	cmpq	$1, %rsi
	jne	.L2105
	cmpq	$1, %rcx
	jne	.L2098
	testq	%r9, %r9
	jle	.L2179
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2125
	movq	%r9, %rcx
	xorl	%eax, %eax
	shrq	$4, %rcx
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L2101:
	vmovups	(%rdi,%rax), %zmm3
	vsubps	(%rdx,%rax), %zmm3, %zmm0
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rcx
	jne	.L2101
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%r9, %rax
	je	.L2178
.L2100:
	movq	%r9, %rsi
	subq	%rcx, %rsi
	leaq	-1(%rsi), %r10
	cmpq	$6, %r10
	jbe	.L2103
	vmovups	(%rdi,%rcx,4), %ymm5
	vsubps	(%rdx,%rcx,4), %ymm5, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rsi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %esi
	je	.L2178
.L2103:
	vmovss	(%rdi,%rax,4), %xmm0
	vsubss	(%rdx,%rax,4), %xmm0, %xmm0
	leaq	1(%rax), %rsi
	leaq	0(,%rax,4), %rcx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%r9, %rsi
	jge	.L2178
	vmovss	4(%rdi,%rcx), %xmm0
	vsubss	4(%rdx,%rcx), %xmm0, %xmm0
	leaq	2(%rax), %rsi
	vmovss	%xmm0, 4(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2178
	vmovss	8(%rdi,%rcx), %xmm0
	vsubss	8(%rdx,%rcx), %xmm0, %xmm0
	leaq	3(%rax), %rsi
	vmovss	%xmm0, 8(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2178
	vmovss	12(%rdi,%rcx), %xmm0
	vsubss	12(%rdx,%rcx), %xmm0, %xmm0
	leaq	4(%rax), %rsi
	vmovss	%xmm0, 12(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2178
	vmovss	16(%rdi,%rcx), %xmm0
	vsubss	16(%rdx,%rcx), %xmm0, %xmm0
	leaq	5(%rax), %rsi
	vmovss	%xmm0, 16(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2178
	vmovss	20(%rdi,%rcx), %xmm0
	vsubss	20(%rdx,%rcx), %xmm0, %xmm0
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rcx)
	cmpq	%rax, %r9
	jle	.L2178
	vmovss	24(%rdi,%rcx), %xmm0
	vsubss	24(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rcx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2182:
	testq	%r9, %r9
	jle	.L2179
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2127
	movq	%r9, %rcx
	vbroadcastss	%xmm0, %zmm2
	xorl	%eax, %eax
	shrq	$4, %rcx
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L2114:
	vsubps	(%rdx,%rax), %zmm2, %zmm1
	vmovups	%zmm1, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rcx
	jne	.L2114
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L2178
.L2113:
	movq	%r9, %rsi
	subq	%rcx, %rsi
	leaq	-1(%rsi), %rdi
	cmpq	$6, %rdi
	jbe	.L2117
	vbroadcastss	%xmm0, %ymm1
	vsubps	(%rdx,%rcx,4), %ymm1, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rsi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %esi
	je	.L2178
.L2117:
	vsubss	(%rdx,%rax,4), %xmm0, %xmm1
	leaq	1(%rax), %rsi
	leaq	0(,%rax,4), %rcx
	vmovss	%xmm1, (%r8,%rax,4)
	cmpq	%rsi, %r9
	jle	.L2178
	vsubss	4(%rdx,%rcx), %xmm0, %xmm1
	leaq	2(%rax), %rsi
	vmovss	%xmm1, 4(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2178
	vsubss	8(%rdx,%rcx), %xmm0, %xmm1
	leaq	3(%rax), %rsi
	vmovss	%xmm1, 8(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2178
	vsubss	12(%rdx,%rcx), %xmm0, %xmm1
	leaq	4(%rax), %rsi
	vmovss	%xmm1, 12(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2178
	vsubss	16(%rdx,%rcx), %xmm0, %xmm1
	leaq	5(%rax), %rsi
	vmovss	%xmm1, 16(%r8,%rcx)
	cmpq	%rsi, %r9
	jg	.L2180
	.p2align 4,,10
	.p2align 3
.L2178:
	vzeroupper
.L2179:
	ret
	.p2align 4,,10
	.p2align 3
.L2098:
	cmpq	$1, %rsi
	je	.L2181
.L2105:
	vmovss	(%rdi), %xmm0
	cmpq	$1, %rcx
	je	.L2182
	vsubss	(%rdx), %xmm0, %xmm0
	testq	%r9, %r9
	jle	.L2179
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2128
	movq	%r9, %rdx
	vbroadcastss	%xmm0, %zmm1
	movq	%r8, %rax
	shrq	$4, %rdx
	salq	$6, %rdx
	addq	%r8, %rdx
	.p2align 4,,10
	.p2align 3
.L2120:
	vmovups	%zmm1, (%rax)
	addq	$64, %rax
	cmpq	%rdx, %rax
	jne	.L2120
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L2178
.L2119:
	movq	%r9, %rdx
	subq	%rcx, %rdx
	leaq	-1(%rdx), %rsi
	cmpq	$6, %rsi
	jbe	.L2123
	vbroadcastss	%xmm0, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rdx, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edx
	je	.L2178
.L2123:
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L2178
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2178
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2178
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2178
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2178
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L2178
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2181:
	vmovss	(%rdx), %xmm1
	testq	%r9, %r9
	jle	.L2179
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2126
	movq	%r9, %rdx
	vbroadcastss	%xmm1, %zmm2
	xorl	%eax, %eax
	shrq	$4, %rdx
	salq	$6, %rdx
	.p2align 4,,10
	.p2align 3
.L2107:
	vmovups	(%rdi,%rax), %zmm4
	vsubps	%zmm2, %zmm4, %zmm0
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdx
	jne	.L2107
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rdx
	cmpq	%rax, %r9
	je	.L2178
.L2106:
	movq	%r9, %rcx
	subq	%rdx, %rcx
	leaq	-1(%rcx), %rsi
	cmpq	$6, %rsi
	jbe	.L2110
	vmovups	(%rdi,%rdx,4), %ymm6
	vbroadcastss	%xmm1, %ymm0
	vsubps	%ymm0, %ymm6, %ymm0
	vmovups	%ymm0, (%r8,%rdx,4)
	movq	%rcx, %rdx
	andq	$-8, %rdx
	addq	%rdx, %rax
	andl	$7, %ecx
	je	.L2178
.L2110:
	vmovss	(%rdi,%rax,4), %xmm0
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vsubss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L2178
	vmovss	4(%rdi,%rdx), %xmm0
	leaq	2(%rax), %rcx
	vsubss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2178
	vmovss	8(%rdi,%rdx), %xmm0
	leaq	3(%rax), %rcx
	vsubss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2178
	vmovss	12(%rdi,%rdx), %xmm0
	leaq	4(%rax), %rcx
	vsubss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2178
	vmovss	16(%rdi,%rdx), %xmm0
	leaq	5(%rax), %rcx
	vsubss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2178
	vmovss	20(%rdi,%rdx), %xmm0
	addq	$6, %rax
	vsubss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L2178
	vmovss	24(%rdi,%rdx), %xmm0
	vsubss	%xmm1, %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2180:
	vsubss	20(%rdx,%rcx), %xmm0, %xmm1
	addq	$6, %rax
	vmovss	%xmm1, 20(%r8,%rcx)
	cmpq	%rax, %r9
	jle	.L2178
	vsubss	24(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rcx)
	vzeroupper
	ret
.L2125:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2100
.L2128:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2119
.L2126:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L2106
.L2127:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2113
	.cfi_endproc
.LFE5112:
	.size	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE1EEEvPKflS5_lPfl, .-_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE1EEEvPKflS5_lPfl
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll:
.LFB4742:
	.cfi_startproc
	movq	24(%rdi), %rax
	movq	%rdx, %r9
	movq	32(%rdi), %rdx
	subq	%rsi, %r9
	movq	(%rax), %rcx
	movq	(%rdx), %r8
	movq	8(%rdi), %rax
	movq	16(%rdi), %rdx
	movq	%rcx, %r10
	movq	(%rdi), %rdi
	leaq	(%r8,%rsi,4), %r8
	imulq	%rsi, %r10
	movq	(%rax), %rax
	movq	(%rdx), %rdx
	movq	(%rdi), %rdi
	leaq	(%rdx,%r10,4), %rdx
	movq	%rax, %r10
	imulq	%rsi, %r10
	movq	%rax, %rsi
	leaq	(%rdi,%r10,4), %rdi
	jmp	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE1EEEvPKflS5_lPfl
	.cfi_endproc
.LFE4742:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_:
.LFB5447:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.cfi_endproc
.LFE5447:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_
	.p2align 4
	.type	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE0EEEvPKflS5_lPfl, @function
_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE0EEEvPKflS5_lPfl:
.LFB5104:
	.cfi_startproc
	cmpq	$1, %rsi
	jne	.L2193
	cmpq	$1, %rcx
	jne	.L2186
	testq	%r9, %r9
	jle	.L2267
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2213
	movq	%r9, %rcx
	xorl	%eax, %eax
	shrq	$4, %rcx
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L2189:
	vmovups	(%rdi,%rax), %zmm3
	vaddps	(%rdx,%rax), %zmm3, %zmm0
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rcx
	jne	.L2189
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%r9, %rax
	je	.L2266
.L2188:
	movq	%r9, %rsi
	subq	%rcx, %rsi
	leaq	-1(%rsi), %r10
	cmpq	$6, %r10
	jbe	.L2191
	vmovups	(%rdx,%rcx,4), %ymm4
	vaddps	(%rdi,%rcx,4), %ymm4, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rsi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %esi
	je	.L2266
.L2191:
	vmovss	(%rdx,%rax,4), %xmm0
	vaddss	(%rdi,%rax,4), %xmm0, %xmm0
	leaq	1(%rax), %rsi
	leaq	0(,%rax,4), %rcx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%r9, %rsi
	jge	.L2266
	vmovss	4(%rdx,%rcx), %xmm0
	vaddss	4(%rdi,%rcx), %xmm0, %xmm0
	leaq	2(%rax), %rsi
	vmovss	%xmm0, 4(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2266
	vmovss	8(%rdi,%rcx), %xmm0
	vaddss	8(%rdx,%rcx), %xmm0, %xmm0
	leaq	3(%rax), %rsi
	vmovss	%xmm0, 8(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2266
	vmovss	12(%rdx,%rcx), %xmm0
	vaddss	12(%rdi,%rcx), %xmm0, %xmm0
	leaq	4(%rax), %rsi
	vmovss	%xmm0, 12(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2266
	vmovss	16(%rdx,%rcx), %xmm0
	vaddss	16(%rdi,%rcx), %xmm0, %xmm0
	leaq	5(%rax), %rsi
	vmovss	%xmm0, 16(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2266
	vmovss	20(%rdi,%rcx), %xmm0
	vaddss	20(%rdx,%rcx), %xmm0, %xmm0
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rcx)
	cmpq	%rax, %r9
	jle	.L2266
	vmovss	24(%rdx,%rcx), %xmm0
	vaddss	24(%rdi,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rcx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2270:
	testq	%r9, %r9
	jle	.L2267
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2215
	movq	%r9, %rcx
	vbroadcastss	%xmm0, %zmm2
	xorl	%eax, %eax
	shrq	$4, %rcx
	salq	$6, %rcx
	.p2align 4,,10
	.p2align 3
.L2202:
	vaddps	(%rdx,%rax), %zmm2, %zmm1
	vmovups	%zmm1, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rcx
	jne	.L2202
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L2266
.L2201:
	movq	%r9, %rsi
	subq	%rcx, %rsi
	leaq	-1(%rsi), %rdi
	cmpq	$6, %rdi
	jbe	.L2205
	vbroadcastss	%xmm0, %ymm1
	vaddps	(%rdx,%rcx,4), %ymm1, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rsi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %esi
	je	.L2266
.L2205:
	vaddss	(%rdx,%rax,4), %xmm0, %xmm1
	leaq	1(%rax), %rsi
	leaq	0(,%rax,4), %rcx
	vmovss	%xmm1, (%r8,%rax,4)
	cmpq	%rsi, %r9
	jle	.L2266
	vaddss	4(%rdx,%rcx), %xmm0, %xmm1
	leaq	2(%rax), %rsi
	vmovss	%xmm1, 4(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2266
	vaddss	8(%rdx,%rcx), %xmm0, %xmm1
	leaq	3(%rax), %rsi
	vmovss	%xmm1, 8(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2266
	vaddss	12(%rdx,%rcx), %xmm0, %xmm1
	leaq	4(%rax), %rsi
	vmovss	%xmm1, 12(%r8,%rcx)
	cmpq	%rsi, %r9
	jle	.L2266
	vaddss	16(%rdx,%rcx), %xmm0, %xmm1
	leaq	5(%rax), %rsi
	vmovss	%xmm1, 16(%r8,%rcx)
	cmpq	%rsi, %r9
	jg	.L2268
	.p2align 4,,10
	.p2align 3
.L2266:
	vzeroupper
.L2267:
	ret
	.p2align 4,,10
	.p2align 3
.L2186:
	cmpq	$1, %rsi
	je	.L2269
.L2193:
	vmovss	(%rdi), %xmm0
	cmpq	$1, %rcx
	je	.L2270
	vaddss	(%rdx), %xmm0, %xmm0
	testq	%r9, %r9
	jle	.L2267
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2216
	movq	%r9, %rdx
	vbroadcastss	%xmm0, %zmm1
	movq	%r8, %rax
	shrq	$4, %rdx
	salq	$6, %rdx
	addq	%r8, %rdx
	.p2align 4,,10
	.p2align 3
.L2208:
	vmovups	%zmm1, (%rax)
	addq	$64, %rax
	cmpq	%rdx, %rax
	jne	.L2208
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %r9
	je	.L2266
.L2207:
	movq	%r9, %rdx
	subq	%rcx, %rdx
	leaq	-1(%rdx), %rsi
	cmpq	$6, %rsi
	jbe	.L2211
	vbroadcastss	%xmm0, %ymm1
	vmovups	%ymm1, (%r8,%rcx,4)
	movq	%rdx, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edx
	je	.L2266
.L2211:
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L2266
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2266
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2266
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2266
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2266
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L2266
	vmovss	%xmm0, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2269:
	vmovss	(%rdx), %xmm1
	testq	%r9, %r9
	jle	.L2267
	leaq	-1(%r9), %rax
	cmpq	$14, %rax
	jbe	.L2214
	movq	%r9, %rdx
	vbroadcastss	%xmm1, %zmm2
	xorl	%eax, %eax
	shrq	$4, %rdx
	salq	$6, %rdx
	.p2align 4,,10
	.p2align 3
.L2195:
	vaddps	(%rdi,%rax), %zmm2, %zmm0
	vmovups	%zmm0, (%r8,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdx
	jne	.L2195
	movq	%r9, %rax
	andq	$-16, %rax
	movq	%rax, %rdx
	cmpq	%rax, %r9
	je	.L2266
.L2194:
	movq	%r9, %rcx
	subq	%rdx, %rcx
	leaq	-1(%rcx), %rsi
	cmpq	$6, %rsi
	jbe	.L2198
	vbroadcastss	%xmm1, %ymm0
	vaddps	(%rdi,%rdx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rdx,4)
	movq	%rcx, %rdx
	andq	$-8, %rdx
	addq	%rdx, %rax
	andl	$7, %ecx
	je	.L2266
.L2198:
	vaddss	(%rdi,%rax,4), %xmm1, %xmm0
	leaq	1(%rax), %rcx
	leaq	0(,%rax,4), %rdx
	vmovss	%xmm0, (%r8,%rax,4)
	cmpq	%rcx, %r9
	jle	.L2266
	vaddss	4(%rdi,%rdx), %xmm1, %xmm0
	leaq	2(%rax), %rcx
	vmovss	%xmm0, 4(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2266
	vaddss	8(%rdi,%rdx), %xmm1, %xmm0
	leaq	3(%rax), %rcx
	vmovss	%xmm0, 8(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2266
	vaddss	12(%rdi,%rdx), %xmm1, %xmm0
	leaq	4(%rax), %rcx
	vmovss	%xmm0, 12(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2266
	vaddss	16(%rdi,%rdx), %xmm1, %xmm0
	leaq	5(%rax), %rcx
	vmovss	%xmm0, 16(%r8,%rdx)
	cmpq	%rcx, %r9
	jle	.L2266
	vaddss	20(%rdi,%rdx), %xmm1, %xmm0
	addq	$6, %rax
	vmovss	%xmm0, 20(%r8,%rdx)
	cmpq	%rax, %r9
	jle	.L2266
	vaddss	24(%rdi,%rdx), %xmm1, %xmm1
	vmovss	%xmm1, 24(%r8,%rdx)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2268:
	vaddss	20(%rdx,%rcx), %xmm0, %xmm1
	addq	$6, %rax
	vmovss	%xmm1, 20(%r8,%rcx)
	cmpq	%rax, %r9
	jle	.L2266
	vaddss	24(%rdx,%rcx), %xmm0, %xmm0
	vmovss	%xmm0, 24(%r8,%rcx)
	vzeroupper
	ret
.L2213:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2188
.L2216:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2207
.L2214:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L2194
.L2215:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2201
	.cfi_endproc
.LFE5104:
	.size	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE0EEEvPKflS5_lPfl, .-_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE0EEEvPKflS5_lPfl
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll:
.LFB4735:
	.cfi_startproc
	movq	24(%rdi), %rax
	movq	%rdx, %r9
	movq	32(%rdi), %rdx
	subq	%rsi, %r9
	movq	(%rax), %rcx
	movq	(%rdx), %r8
	movq	8(%rdi), %rax
	movq	16(%rdi), %rdx
	movq	%rcx, %r10
	movq	(%rdi), %rdi
	leaq	(%r8,%rsi,4), %r8
	imulq	%rsi, %r10
	movq	(%rax), %rax
	movq	(%rdx), %rdx
	movq	(%rdi), %rdi
	leaq	(%rdx,%r10,4), %rdx
	movq	%rax, %r10
	imulq	%rsi, %r10
	movq	%rax, %rsi
	leaq	(%rdi,%r10,4), %rdi
	jmp	_ZN2sc6avx51212_GLOBAL__N_13rowILNS_8BinaryOpE0EEEvPKflS5_lPfl
	.cfi_endproc
.LFE4735:
	.size	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll, .-_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_:
.LFB5433:
	.cfi_startproc
	movq	(%rdx), %rdx
	movq	(%rsi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_111binary_implILNS_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES5_SA_PfSA_ENKUlllE_clEll
	.cfi_endproc
.LFE5433:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E9_M_invokeERKSt9_Any_dataOlSJ_
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5719:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2274
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2275:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2274:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2276
	cmpl	$3, %edx
	je	.L2277
	testl	%edx, %edx
	jne	.L2275
	movq	$0, (%rdi)
	jmp	.L2275
	.p2align 4,,10
	.p2align 3
.L2277:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2275
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2275
	.p2align 4,,10
	.p2align 3
.L2276:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2275
	.cfi_endproc
.LFE5719:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5712:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2283
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2284:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2283:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2285
	cmpl	$3, %edx
	je	.L2286
	testl	%edx, %edx
	jne	.L2284
	movq	$0, (%rdi)
	jmp	.L2284
	.p2align 4,,10
	.p2align 3
.L2286:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2284
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2284
	.p2align 4,,10
	.p2align 3
.L2285:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2284
	.cfi_endproc
.LFE5712:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5705:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2292
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2293:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2292:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2294
	cmpl	$3, %edx
	je	.L2295
	testl	%edx, %edx
	jne	.L2293
	movq	$0, (%rdi)
	jmp	.L2293
	.p2align 4,,10
	.p2align 3
.L2295:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2293
	movl	$32, %esi
	call	_ZdlPvm@PLT
	jmp	.L2293
	.p2align 4,,10
	.p2align 3
.L2294:
	movq	(%rsi), %r12
	movl	$32, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movq	%rax, (%rbx)
	movups	%xmm1, 16(%rax)
	jmp	.L2293
	.cfi_endproc
.LFE5705:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE4EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5696:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2301
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2302:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2301:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2303
	cmpl	$3, %edx
	je	.L2304
	testl	%edx, %edx
	jne	.L2302
	movq	$0, (%rdi)
	jmp	.L2302
	.p2align 4,,10
	.p2align 3
.L2304:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2302
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2302
	.p2align 4,,10
	.p2align 3
.L2303:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2302
	.cfi_endproc
.LFE5696:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5689:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2310
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2311:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2310:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2312
	cmpl	$3, %edx
	je	.L2313
	testl	%edx, %edx
	jne	.L2311
	movq	$0, (%rdi)
	jmp	.L2311
	.p2align 4,,10
	.p2align 3
.L2313:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2311
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2311
	.p2align 4,,10
	.p2align 3
.L2312:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2311
	.cfi_endproc
.LFE5689:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5680:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2319
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2320:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2319:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2321
	cmpl	$3, %edx
	je	.L2322
	testl	%edx, %edx
	jne	.L2320
	movq	$0, (%rdi)
	jmp	.L2320
	.p2align 4,,10
	.p2align 3
.L2322:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2320
	movl	$32, %esi
	call	_ZdlPvm@PLT
	jmp	.L2320
	.p2align 4,,10
	.p2align 3
.L2321:
	movq	(%rsi), %r12
	movl	$32, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movq	%rax, (%rbx)
	movups	%xmm1, 16(%rax)
	jmp	.L2320
	.cfi_endproc
.LFE5680:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE3EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5673:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2328
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2329:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2328:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2330
	cmpl	$3, %edx
	je	.L2331
	testl	%edx, %edx
	jne	.L2329
	movq	$0, (%rdi)
	jmp	.L2329
	.p2align 4,,10
	.p2align 3
.L2331:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2329
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2329
	.p2align 4,,10
	.p2align 3
.L2330:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2329
	.cfi_endproc
.LFE5673:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5666:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2337
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2338:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2337:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2339
	cmpl	$3, %edx
	je	.L2340
	testl	%edx, %edx
	jne	.L2338
	movq	$0, (%rdi)
	jmp	.L2338
	.p2align 4,,10
	.p2align 3
.L2340:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2338
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2338
	.p2align 4,,10
	.p2align 3
.L2339:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2338
	.cfi_endproc
.LFE5666:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5659:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2346
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2347:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2346:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2348
	cmpl	$3, %edx
	je	.L2349
	testl	%edx, %edx
	jne	.L2347
	movq	$0, (%rdi)
	jmp	.L2347
	.p2align 4,,10
	.p2align 3
.L2349:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2347
	movl	$32, %esi
	call	_ZdlPvm@PLT
	jmp	.L2347
	.p2align 4,,10
	.p2align 3
.L2348:
	movq	(%rsi), %r12
	movl	$32, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movq	%rax, (%rbx)
	movups	%xmm1, 16(%rax)
	jmp	.L2347
	.cfi_endproc
.LFE5659:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE2EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5650:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2355
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2356:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2355:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2357
	cmpl	$3, %edx
	je	.L2358
	testl	%edx, %edx
	jne	.L2356
	movq	$0, (%rdi)
	jmp	.L2356
	.p2align 4,,10
	.p2align 3
.L2358:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2356
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2356
	.p2align 4,,10
	.p2align 3
.L2357:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2356
	.cfi_endproc
.LFE5650:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5643:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2364
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2365:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2364:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2366
	cmpl	$3, %edx
	je	.L2367
	testl	%edx, %edx
	jne	.L2365
	movq	$0, (%rdi)
	jmp	.L2365
	.p2align 4,,10
	.p2align 3
.L2367:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2365
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2365
	.p2align 4,,10
	.p2align 3
.L2366:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2365
	.cfi_endproc
.LFE5643:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5636:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2373
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2374:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2373:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2375
	cmpl	$3, %edx
	je	.L2376
	testl	%edx, %edx
	jne	.L2374
	movq	$0, (%rdi)
	jmp	.L2374
	.p2align 4,,10
	.p2align 3
.L2376:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2374
	movl	$32, %esi
	call	_ZdlPvm@PLT
	jmp	.L2374
	.p2align 4,,10
	.p2align 3
.L2375:
	movq	(%rsi), %r12
	movl	$32, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movq	%rax, (%rbx)
	movups	%xmm1, 16(%rax)
	jmp	.L2374
	.cfi_endproc
.LFE5636:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE1EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5627:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2382
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2383:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2382:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2384
	cmpl	$3, %edx
	je	.L2385
	testl	%edx, %edx
	jne	.L2383
	movq	$0, (%rdi)
	jmp	.L2383
	.p2align 4,,10
	.p2align 3
.L2385:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2383
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2383
	.p2align 4,,10
	.p2align 3
.L2384:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2383
	.cfi_endproc
.LFE5627:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE1_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5620:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2391
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2392:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2391:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2393
	cmpl	$3, %edx
	je	.L2394
	testl	%edx, %edx
	jne	.L2392
	movq	$0, (%rdi)
	jmp	.L2392
	.p2align 4,,10
	.p2align 3
.L2394:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2392
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2392
	.p2align 4,,10
	.p2align 3
.L2393:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2392
	.cfi_endproc
.LFE5620:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE0_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation:
.LFB5611:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2400
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2401:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2400:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2402
	cmpl	$3, %edx
	je	.L2403
	testl	%edx, %edx
	jne	.L2401
	movq	$0, (%rdi)
	jmp	.L2401
	.p2align 4,,10
	.p2align 3
.L2403:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2401
	movl	$32, %esi
	call	_ZdlPvm@PLT
	jmp	.L2401
	.p2align 4,,10
	.p2align 3
.L2402:
	movq	(%rsi), %r12
	movl	$32, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movq	%rax, (%rbx)
	movups	%xmm1, 16(%rax)
	jmp	.L2401
	.cfi_endproc
.LFE5611:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111reduce_implILNS1_8ReduceOpE0EEEvPKfPflllEUlllE_E10_M_managerERSt9_Any_dataRKSB_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5527:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2409
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2410:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2409:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2411
	cmpl	$3, %edx
	je	.L2412
	testl	%edx, %edx
	jne	.L2410
	movq	$0, (%rdi)
	jmp	.L2410
	.p2align 4,,10
	.p2align 3
.L2412:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2410
	movl	$80, %esi
	call	_ZdlPvm@PLT
	jmp	.L2410
	.p2align 4,,10
	.p2align 3
.L2411:
	movq	(%rsi), %r12
	movl	$80, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movups	%xmm2, 32(%rax)
	movdqu	48(%r12), %xmm3
	movups	%xmm3, 48(%rax)
	movdqu	64(%r12), %xmm4
	movq	%rax, (%rbx)
	movups	%xmm4, 64(%rax)
	jmp	.L2410
	.cfi_endproc
.LFE5527:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5520:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2418
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2419:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2418:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2420
	cmpl	$3, %edx
	je	.L2421
	testl	%edx, %edx
	jne	.L2419
	movq	$0, (%rdi)
	jmp	.L2419
	.p2align 4,,10
	.p2align 3
.L2421:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2419
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2419
	.p2align 4,,10
	.p2align 3
.L2420:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2419
	.cfi_endproc
.LFE5520:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE6EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5513:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2427
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2428:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2427:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2429
	cmpl	$3, %edx
	je	.L2430
	testl	%edx, %edx
	jne	.L2428
	movq	$0, (%rdi)
	jmp	.L2428
	.p2align 4,,10
	.p2align 3
.L2430:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2428
	movl	$80, %esi
	call	_ZdlPvm@PLT
	jmp	.L2428
	.p2align 4,,10
	.p2align 3
.L2429:
	movq	(%rsi), %r12
	movl	$80, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movups	%xmm2, 32(%rax)
	movdqu	48(%r12), %xmm3
	movups	%xmm3, 48(%rax)
	movdqu	64(%r12), %xmm4
	movq	%rax, (%rbx)
	movups	%xmm4, 64(%rax)
	jmp	.L2428
	.cfi_endproc
.LFE5513:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5506:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2436
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2437:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2436:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2438
	cmpl	$3, %edx
	je	.L2439
	testl	%edx, %edx
	jne	.L2437
	movq	$0, (%rdi)
	jmp	.L2437
	.p2align 4,,10
	.p2align 3
.L2439:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2437
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2437
	.p2align 4,,10
	.p2align 3
.L2438:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2437
	.cfi_endproc
.LFE5506:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE5EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5499:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2445
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2446:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2445:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2447
	cmpl	$3, %edx
	je	.L2448
	testl	%edx, %edx
	jne	.L2446
	movq	$0, (%rdi)
	jmp	.L2446
	.p2align 4,,10
	.p2align 3
.L2448:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2446
	movl	$80, %esi
	call	_ZdlPvm@PLT
	jmp	.L2446
	.p2align 4,,10
	.p2align 3
.L2447:
	movq	(%rsi), %r12
	movl	$80, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movups	%xmm2, 32(%rax)
	movdqu	48(%r12), %xmm3
	movups	%xmm3, 48(%rax)
	movdqu	64(%r12), %xmm4
	movq	%rax, (%rbx)
	movups	%xmm4, 64(%rax)
	jmp	.L2446
	.cfi_endproc
.LFE5499:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5492:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2454
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2455:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2454:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2456
	cmpl	$3, %edx
	je	.L2457
	testl	%edx, %edx
	jne	.L2455
	movq	$0, (%rdi)
	jmp	.L2455
	.p2align 4,,10
	.p2align 3
.L2457:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2455
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2455
	.p2align 4,,10
	.p2align 3
.L2456:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2455
	.cfi_endproc
.LFE5492:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE4EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5485:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2463
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2464:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2463:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2465
	cmpl	$3, %edx
	je	.L2466
	testl	%edx, %edx
	jne	.L2464
	movq	$0, (%rdi)
	jmp	.L2464
	.p2align 4,,10
	.p2align 3
.L2466:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2464
	movl	$80, %esi
	call	_ZdlPvm@PLT
	jmp	.L2464
	.p2align 4,,10
	.p2align 3
.L2465:
	movq	(%rsi), %r12
	movl	$80, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movups	%xmm2, 32(%rax)
	movdqu	48(%r12), %xmm3
	movups	%xmm3, 48(%rax)
	movdqu	64(%r12), %xmm4
	movq	%rax, (%rbx)
	movups	%xmm4, 64(%rax)
	jmp	.L2464
	.cfi_endproc
.LFE5485:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5478:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2472
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2473:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2472:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2474
	cmpl	$3, %edx
	je	.L2475
	testl	%edx, %edx
	jne	.L2473
	movq	$0, (%rdi)
	jmp	.L2473
	.p2align 4,,10
	.p2align 3
.L2475:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2473
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2473
	.p2align 4,,10
	.p2align 3
.L2474:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2473
	.cfi_endproc
.LFE5478:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE3EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5471:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2481
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2482:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2481:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2483
	cmpl	$3, %edx
	je	.L2484
	testl	%edx, %edx
	jne	.L2482
	movq	$0, (%rdi)
	jmp	.L2482
	.p2align 4,,10
	.p2align 3
.L2484:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2482
	movl	$80, %esi
	call	_ZdlPvm@PLT
	jmp	.L2482
	.p2align 4,,10
	.p2align 3
.L2483:
	movq	(%rsi), %r12
	movl	$80, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movups	%xmm2, 32(%rax)
	movdqu	48(%r12), %xmm3
	movups	%xmm3, 48(%rax)
	movdqu	64(%r12), %xmm4
	movq	%rax, (%rbx)
	movups	%xmm4, 64(%rax)
	jmp	.L2482
	.cfi_endproc
.LFE5471:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5464:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2490
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2491:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2490:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2492
	cmpl	$3, %edx
	je	.L2493
	testl	%edx, %edx
	jne	.L2491
	movq	$0, (%rdi)
	jmp	.L2491
	.p2align 4,,10
	.p2align 3
.L2493:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2491
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2491
	.p2align 4,,10
	.p2align 3
.L2492:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2491
	.cfi_endproc
.LFE5464:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE2EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5457:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2499
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2500:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2499:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2501
	cmpl	$3, %edx
	je	.L2502
	testl	%edx, %edx
	jne	.L2500
	movq	$0, (%rdi)
	jmp	.L2500
	.p2align 4,,10
	.p2align 3
.L2502:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2500
	movl	$80, %esi
	call	_ZdlPvm@PLT
	jmp	.L2500
	.p2align 4,,10
	.p2align 3
.L2501:
	movq	(%rsi), %r12
	movl	$80, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movups	%xmm2, 32(%rax)
	movdqu	48(%r12), %xmm3
	movups	%xmm3, 48(%rax)
	movdqu	64(%r12), %xmm4
	movq	%rax, (%rbx)
	movups	%xmm4, 64(%rax)
	jmp	.L2500
	.cfi_endproc
.LFE5457:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5450:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2508
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2509:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2508:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2510
	cmpl	$3, %edx
	je	.L2511
	testl	%edx, %edx
	jne	.L2509
	movq	$0, (%rdi)
	jmp	.L2509
	.p2align 4,,10
	.p2align 3
.L2511:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2509
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2509
	.p2align 4,,10
	.p2align 3
.L2510:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2509
	.cfi_endproc
.LFE5450:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE1EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5443:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2517
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2518:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2517:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2519
	cmpl	$3, %edx
	je	.L2520
	testl	%edx, %edx
	jne	.L2518
	movq	$0, (%rdi)
	jmp	.L2518
	.p2align 4,,10
	.p2align 3
.L2520:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2518
	movl	$80, %esi
	call	_ZdlPvm@PLT
	jmp	.L2518
	.p2align 4,,10
	.p2align 3
.L2519:
	movq	(%rsi), %r12
	movl	$80, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movups	%xmm2, 32(%rax)
	movdqu	48(%r12), %xmm3
	movups	%xmm3, 48(%rax)
	movdqu	64(%r12), %xmm4
	movq	%rax, (%rbx)
	movups	%xmm4, 64(%rax)
	jmp	.L2518
	.cfi_endproc
.LFE5443:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE0_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation:
.LFB5436:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2526
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2527:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2526:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2528
	cmpl	$3, %edx
	je	.L2529
	testl	%edx, %edx
	jne	.L2527
	movq	$0, (%rdi)
	jmp	.L2527
	.p2align 4,,10
	.p2align 3
.L2529:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2527
	movl	$40, %esi
	call	_ZdlPvm@PLT
	jmp	.L2527
	.p2align 4,,10
	.p2align 3
.L2528:
	movq	(%rsi), %r12
	movl	$40, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movq	32(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 32(%rax)
	jmp	.L2527
	.cfi_endproc
.LFE5436:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_111binary_implILNS1_8BinaryOpE0EEEvPKfRKSt6vectorIlSaIlEES7_SC_PfSC_EUlllE_E10_M_managerERSt9_Any_dataRKSG_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfEUlllE_E10_M_managerERSt9_Any_dataRKSA_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfEUlllE_E10_M_managerERSt9_Any_dataRKSA_St18_Manager_operation:
.LFB5320:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2535
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2536:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2535:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2537
	cmpl	$3, %edx
	je	.L2538
	testl	%edx, %edx
	jne	.L2536
	movq	$0, (%rdi)
	jmp	.L2536
	.p2align 4,,10
	.p2align 3
.L2538:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2536
	movl	$48, %esi
	call	_ZdlPvm@PLT
	jmp	.L2536
	.p2align 4,,10
	.p2align 3
.L2537:
	movq	(%rsi), %r12
	movl	$48, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movq	%rax, (%rbx)
	movups	%xmm2, 32(%rax)
	jmp	.L2536
	.cfi_endproc
.LFE5320:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfEUlllE_E10_M_managerERSt9_Any_dataRKSA_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51220unsorted_segment_sumEPKfPKilllPfEUlllE_E10_M_managerERSt9_Any_dataRKSA_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx5126gatherEPKjlllPKilPjEUlllE_E10_M_managerERSt9_Any_dataRKSA_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx5126gatherEPKjlllPKilPjEUlllE_E10_M_managerERSt9_Any_dataRKSA_St18_Manager_operation:
.LFB5313:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2544
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2545:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2544:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2546
	cmpl	$3, %edx
	je	.L2547
	testl	%edx, %edx
	jne	.L2545
	movq	$0, (%rdi)
	jmp	.L2545
	.p2align 4,,10
	.p2align 3
.L2547:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2545
	movl	$48, %esi
	call	_ZdlPvm@PLT
	jmp	.L2545
	.p2align 4,,10
	.p2align 3
.L2546:
	movq	(%rsi), %r12
	movl	$48, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movq	%rax, (%rbx)
	movups	%xmm2, 32(%rax)
	jmp	.L2545
	.cfi_endproc
.LFE5313:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx5126gatherEPKjlllPKilPjEUlllE_E10_M_managerERSt9_Any_dataRKSA_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx5126gatherEPKjlllPKilPjEUlllE_E10_M_managerERSt9_Any_dataRKSA_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvlEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUllE0_E10_M_managerERSt9_Any_dataRKSD_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvlEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUllE0_E10_M_managerERSt9_Any_dataRKSD_St18_Manager_operation:
.LFB5306:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2553
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2554:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2553:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2555
	cmpl	$3, %edx
	je	.L2556
	testl	%edx, %edx
	jne	.L2554
	movq	$0, (%rdi)
	jmp	.L2554
	.p2align 4,,10
	.p2align 3
.L2556:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2554
	movl	$104, %esi
	call	_ZdlPvm@PLT
	jmp	.L2554
	.p2align 4,,10
	.p2align 3
.L2555:
	movq	(%rsi), %r12
	movl	$104, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movups	%xmm2, 32(%rax)
	movdqu	48(%r12), %xmm3
	movups	%xmm3, 48(%rax)
	movdqu	64(%r12), %xmm4
	movups	%xmm4, 64(%rax)
	movdqu	80(%r12), %xmm5
	movups	%xmm5, 80(%rax)
	movq	96(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 96(%rax)
	jmp	.L2554
	.cfi_endproc
.LFE5306:
	.size	_ZNSt17_Function_handlerIFvlEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUllE0_E10_M_managerERSt9_Any_dataRKSD_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvlEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUllE0_E10_M_managerERSt9_Any_dataRKSD_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUlllE_E10_M_managerERSt9_Any_dataRKSD_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUlllE_E10_M_managerERSt9_Any_dataRKSD_St18_Manager_operation:
.LFB5290:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2562
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2563:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2562:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2564
	cmpl	$3, %edx
	je	.L2565
	testl	%edx, %edx
	jne	.L2563
	movq	$0, (%rdi)
	jmp	.L2563
	.p2align 4,,10
	.p2align 3
.L2565:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2563
	movl	$56, %esi
	call	_ZdlPvm@PLT
	jmp	.L2563
	.p2align 4,,10
	.p2align 3
.L2564:
	movq	(%rsi), %r12
	movl	$56, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movdqu	16(%r12), %xmm1
	movups	%xmm1, 16(%rax)
	movdqu	32(%r12), %xmm2
	movups	%xmm2, 32(%rax)
	movq	48(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 48(%rax)
	jmp	.L2563
	.cfi_endproc
.LFE5290:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUlllE_E10_M_managerERSt9_Any_dataRKSD_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx5129transposeEPKjRKSt6vectorIlSaIlEES9_PjEUlllE_E10_M_managerERSt9_Any_dataRKSD_St18_Manager_operation
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx5127softmaxEPKfPfllEUlllE_E10_M_managerERSt9_Any_dataRKS8_St18_Manager_operation, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx5127softmaxEPKfPfllEUlllE_E10_M_managerERSt9_Any_dataRKS8_St18_Manager_operation:
.LFB5265:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r12
	pushq	%rbx
	.cfi_offset 12, -24
	.cfi_offset 3, -32
	movq	%rdi, %rbx
	cmpl	$1, %edx
	jne	.L2571
	movq	(%rsi), %rax
	movq	%rax, (%rdi)
.L2572:
	popq	%rbx
	xorl	%eax, %eax
	popq	%r12
	popq	%rbp
	.cfi_remember_state
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2571:
	.cfi_restore_state
	cmpl	$2, %edx
	je	.L2573
	cmpl	$3, %edx
	je	.L2574
	testl	%edx, %edx
	jne	.L2572
	movq	$0, (%rdi)
	jmp	.L2572
	.p2align 4,,10
	.p2align 3
.L2574:
	movq	(%rdi), %rdi
	testq	%rdi, %rdi
	je	.L2572
	movl	$24, %esi
	call	_ZdlPvm@PLT
	jmp	.L2572
	.p2align 4,,10
	.p2align 3
.L2573:
	movq	(%rsi), %r12
	movl	$24, %edi
	call	_Znwm@PLT
	movdqu	(%r12), %xmm0
	movups	%xmm0, (%rax)
	movq	16(%r12), %rdx
	movq	%rax, (%rbx)
	movq	%rdx, 16(%rax)
	jmp	.L2572
	.cfi_endproc
.LFE5265:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx5127softmaxEPKfPfllEUlllE_E10_M_managerERSt9_Any_dataRKS8_St18_Manager_operation, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx5127softmaxEPKfPfllEUlllE_E10_M_managerERSt9_Any_dataRKS8_St18_Manager_operation
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE10EEEvPKfPflENKUlllE_clEll.isra.0, @function
_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE10EEEvPKfPflENKUlllE_clEll.isra.0:
.LFB6594:
	.cfi_startproc
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	(%rdi), %r9
	subq	%rsi, %rdx
	movq	(%rax), %r8
	testq	%rdx, %rdx
	jle	.L2598
	leaq	-1(%rdx), %rax
	cmpq	$14, %rax
	jbe	.L2586
	movq	%rdx, %rdi
	leaq	0(,%rsi,4), %rcx
	xorl	%eax, %eax
	vbroadcastss	.LC2(%rip), %zmm1
	shrq	$4, %rdi
	leaq	(%r9,%rcx), %r10
	addq	%r8, %rcx
	salq	$6, %rdi
	.p2align 4,,10
	.p2align 3
.L2582:
	vdivps	(%r10,%rax), %zmm1, %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdi
	jne	.L2582
	movq	%rdx, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %rdx
	je	.L2597
.L2581:
	movq	%rdx, %rdi
	subq	%rcx, %rdi
	leaq	-1(%rdi), %r10
	cmpq	$6, %r10
	jbe	.L2584
	vbroadcastss	.LC2(%rip), %ymm0
	addq	%rsi, %rcx
	vdivps	(%r9,%rcx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rdi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edi
	je	.L2597
.L2584:
	vmovss	.LC2(%rip), %xmm0
	leaq	(%rax,%rsi), %rcx
	vdivss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	1(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2597
	addq	%rsi, %rcx
	vdivss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	2(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2597
	addq	%rsi, %rcx
	vdivss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	3(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2597
	addq	%rsi, %rcx
	vdivss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	4(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2597
	addq	%rsi, %rcx
	vdivss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	5(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2597
	addq	%rsi, %rcx
	addq	$6, %rax
	vdivss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	cmpq	%rax, %rdx
	jle	.L2597
	addq	%rsi, %rax
	vdivss	(%r9,%rax,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rax,4)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2597:
	vzeroupper
.L2598:
	ret
.L2586:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2581
	.cfi_endproc
.LFE6594:
	.size	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE10EEEvPKfPflENKUlllE_clEll.isra.0, .-_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE10EEEvPKfPflENKUlllE_clEll.isra.0
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE10EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE10EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5601:
	.cfi_startproc
	movq	(%rdx), %rcx
	movq	(%rsi), %rdx
	movq	8(%rdi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE10EEEvPKfPflENKUlllE_clEll.isra.0
	.cfi_endproc
.LFE5601:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE10EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE10EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE9EEEvPKfPflENKUlllE_clEll.isra.0, @function
_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE9EEEvPKfPflENKUlllE_clEll.isra.0:
.LFB6595:
	.cfi_startproc
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	(%rdi), %r9
	subq	%rsi, %rdx
	movq	(%rax), %r8
	testq	%rdx, %rdx
	jle	.L2619
	leaq	-1(%rdx), %rax
	cmpq	$14, %rax
	jbe	.L2607
	movq	%rdx, %rdi
	leaq	0(,%rsi,4), %rcx
	xorl	%eax, %eax
	vbroadcastss	.LC20(%rip), %zmm1
	shrq	$4, %rdi
	leaq	(%r9,%rcx), %r10
	addq	%r8, %rcx
	salq	$6, %rdi
	.p2align 4,,10
	.p2align 3
.L2603:
	vpandd	(%r10,%rax), %zmm1, %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdi
	jne	.L2603
	movq	%rdx, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %rdx
	je	.L2618
.L2602:
	movq	%rdx, %rdi
	subq	%rcx, %rdi
	leaq	-1(%rdi), %r10
	cmpq	$6, %r10
	jbe	.L2605
	vbroadcastss	.LC20(%rip), %ymm0
	addq	%rsi, %rcx
	vandps	(%r9,%rcx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rdi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edi
	je	.L2618
.L2605:
	vmovss	.LC22(%rip), %xmm0
	leaq	(%rax,%rsi), %rcx
	vmovss	(%r9,%rcx,4), %xmm1
	vandps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	1(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2618
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm1
	vandps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	2(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2618
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm1
	vandps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	3(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2618
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm1
	vandps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	4(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2618
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm1
	vandps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	5(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2618
	addq	%rsi, %rcx
	addq	$6, %rax
	vmovss	(%r9,%rcx,4), %xmm1
	vandps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	cmpq	%rax, %rdx
	jle	.L2618
	addq	%rsi, %rax
	vmovss	(%r9,%rax,4), %xmm1
	vandps	%xmm0, %xmm1, %xmm0
	vmovss	%xmm0, (%r8,%rax,4)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2618:
	vzeroupper
.L2619:
	ret
.L2607:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2602
	.cfi_endproc
.LFE6595:
	.size	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE9EEEvPKfPflENKUlllE_clEll.isra.0, .-_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE9EEEvPKfPflENKUlllE_clEll.isra.0
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE9EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE9EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5594:
	.cfi_startproc
	movq	(%rdx), %rcx
	movq	(%rsi), %rdx
	movq	8(%rdi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE9EEEvPKfPflENKUlllE_clEll.isra.0
	.cfi_endproc
.LFE5594:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE9EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE9EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE7EEEvPKfPflENKUlllE_clEll.isra.0, @function
_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE7EEEvPKfPflENKUlllE_clEll.isra.0:
.LFB6596:
	.cfi_startproc
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	(%rdi), %r9
	subq	%rsi, %rdx
	movq	(%rax), %r8
	testq	%rdx, %rdx
	jle	.L2661
	leaq	-1(%rdx), %rax
	cmpq	$14, %rax
	jbe	.L2642
	movq	%rdx, %rdi
	leaq	0(,%rsi,4), %rcx
	xorl	%eax, %eax
	shrq	$4, %rdi
	leaq	(%r9,%rcx), %r10
	vxorps	%xmm1, %xmm1, %xmm1
	addq	%r8, %rcx
	salq	$6, %rdi
	.p2align 4,,10
	.p2align 3
.L2624:
	vmovups	(%r10,%rax), %zmm3
	vcmpps	$5, %zmm1, %zmm3, %k1
	vmovaps	%zmm3, %zmm0{%k1}{z}
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdi
	jne	.L2624
	movq	%rdx, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %rdx
	je	.L2660
.L2623:
	movq	%rdx, %rdi
	subq	%rcx, %rdi
	leaq	-1(%rdi), %r10
	cmpq	$6, %r10
	jbe	.L2626
	addq	%rsi, %rcx
	vxorps	%xmm0, %xmm0, %xmm0
	vmovups	(%r9,%rcx,4), %ymm2
	vcmpnltps	%ymm0, %ymm2, %ymm0
	vandps	%ymm2, %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rdi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edi
	je	.L2660
.L2626:
	leaq	(%rax,%rsi), %rdi
	vxorps	%xmm0, %xmm0, %xmm0
	movl	(%r9,%rdi,4), %ecx
	vmovd	%xmm0, %r11d
	vmovd	%ecx, %xmm4
	vucomiss	%xmm4, %xmm0
	cmova	%r11d, %ecx
	movl	%ecx, (%r8,%rdi,4)
	leaq	1(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2660
	addq	%rsi, %rcx
	movl	(%r9,%rcx,4), %edi
	vmovd	%edi, %xmm5
	vucomiss	%xmm5, %xmm0
	cmova	%r11d, %edi
	movl	%edi, (%r8,%rcx,4)
	leaq	2(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2660
	addq	%rsi, %rcx
	movl	(%r9,%rcx,4), %edi
	vmovd	%edi, %xmm6
	vucomiss	%xmm6, %xmm0
	cmova	%r11d, %edi
	movl	%edi, (%r8,%rcx,4)
	leaq	3(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2660
	addq	%rsi, %rcx
	movl	(%r9,%rcx,4), %edi
	vmovd	%edi, %xmm7
	vucomiss	%xmm7, %xmm0
	cmova	%r11d, %edi
	movl	%edi, (%r8,%rcx,4)
	leaq	4(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2660
	addq	%rsi, %rcx
	movl	(%r9,%rcx,4), %edi
	vmovd	%edi, %xmm7
	vucomiss	%xmm7, %xmm0
	cmova	%r11d, %edi
	movl	%edi, (%r8,%rcx,4)
	leaq	5(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2660
	addq	%rsi, %rcx
	movl	(%r9,%rcx,4), %edi
	vmovd	%edi, %xmm6
	vucomiss	%xmm6, %xmm0
	cmova	%r11d, %edi
	addq	$6, %rax
	movl	%edi, (%r8,%rcx,4)
	cmpq	%rax, %rdx
	jle	.L2660
	addq	%rsi, %rax
	movl	(%r9,%rax,4), %edx
	vmovd	%edx, %xmm5
	vucomiss	%xmm5, %xmm0
	cmova	%r11d, %edx
	movl	%edx, (%r8,%rax,4)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2660:
	vzeroupper
.L2661:
	ret
.L2642:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2623
	.cfi_endproc
.LFE6596:
	.size	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE7EEEvPKfPflENKUlllE_clEll.isra.0, .-_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE7EEEvPKfPflENKUlllE_clEll.isra.0
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE7EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE7EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5580:
	.cfi_startproc
	movq	(%rdx), %rcx
	movq	(%rsi), %rdx
	movq	8(%rdi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE7EEEvPKfPflENKUlllE_clEll.isra.0
	.cfi_endproc
.LFE5580:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE7EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE7EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE6EEEvPKfPflENKUlllE_clEll.isra.0, @function
_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE6EEEvPKfPflENKUlllE_clEll.isra.0:
.LFB6597:
	.cfi_startproc
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	(%rdi), %r9
	subq	%rsi, %rdx
	movq	(%rax), %r8
	testq	%rdx, %rdx
	jle	.L2682
	leaq	-1(%rdx), %rax
	cmpq	$14, %rax
	jbe	.L2670
	movq	%rdx, %rdi
	leaq	0(,%rsi,4), %rcx
	xorl	%eax, %eax
	shrq	$4, %rdi
	leaq	(%r9,%rcx), %r10
	addq	%r8, %rcx
	salq	$6, %rdi
	.p2align 4,,10
	.p2align 3
.L2666:
	vmovups	(%r10,%rax), %zmm1
	vmulps	%zmm1, %zmm1, %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdi
	jne	.L2666
	movq	%rdx, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %rdx
	je	.L2681
.L2665:
	movq	%rdx, %rdi
	subq	%rcx, %rdi
	leaq	-1(%rdi), %r10
	cmpq	$6, %r10
	jbe	.L2668
	addq	%rsi, %rcx
	vmovups	(%r9,%rcx,4), %ymm2
	vmulps	%ymm2, %ymm2, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rdi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edi
	je	.L2681
.L2668:
	leaq	(%rax,%rsi), %rcx
	vmovss	(%r9,%rcx,4), %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rcx,4)
	leaq	1(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2681
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rcx,4)
	leaq	2(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2681
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rcx,4)
	leaq	3(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2681
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rcx,4)
	leaq	4(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2681
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rcx,4)
	leaq	5(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2681
	addq	%rsi, %rcx
	addq	$6, %rax
	vmovss	(%r9,%rcx,4), %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rcx,4)
	cmpq	%rax, %rdx
	jle	.L2681
	addq	%rsi, %rax
	vmovss	(%r9,%rax,4), %xmm0
	vmulss	%xmm0, %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rax,4)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2681:
	vzeroupper
.L2682:
	ret
.L2670:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2665
	.cfi_endproc
.LFE6597:
	.size	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE6EEEvPKfPflENKUlllE_clEll.isra.0, .-_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE6EEEvPKfPflENKUlllE_clEll.isra.0
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE6EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE6EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5573:
	.cfi_startproc
	movq	(%rdx), %rcx
	movq	(%rsi), %rdx
	movq	8(%rdi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE6EEEvPKfPflENKUlllE_clEll.isra.0
	.cfi_endproc
.LFE5573:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE6EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE6EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE5EEEvPKfPflENKUlllE_clEll.isra.0, @function
_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE5EEEvPKfPflENKUlllE_clEll.isra.0:
.LFB6598:
	.cfi_startproc
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	(%rdi), %r9
	subq	%rsi, %rdx
	movq	(%rax), %r8
	testq	%rdx, %rdx
	jle	.L2703
	leaq	-1(%rdx), %rax
	cmpq	$14, %rax
	jbe	.L2691
	movq	%rdx, %rdi
	leaq	0(,%rsi,4), %rcx
	xorl	%eax, %eax
	vbroadcastss	.LC24(%rip), %zmm1
	shrq	$4, %rdi
	leaq	(%r9,%rcx), %r10
	addq	%r8, %rcx
	salq	$6, %rdi
	.p2align 4,,10
	.p2align 3
.L2687:
	vpxord	(%r10,%rax), %zmm1, %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdi
	jne	.L2687
	movq	%rdx, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %rdx
	je	.L2702
.L2686:
	movq	%rdx, %rdi
	subq	%rcx, %rdi
	leaq	-1(%rdi), %r10
	cmpq	$6, %r10
	jbe	.L2689
	vbroadcastss	.LC24(%rip), %ymm0
	addq	%rsi, %rcx
	vxorps	(%r9,%rcx,4), %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rdi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edi
	je	.L2702
.L2689:
	vmovss	.LC26(%rip), %xmm0
	leaq	(%rax,%rsi), %rcx
	vmovss	(%r9,%rcx,4), %xmm1
	vxorps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	1(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2702
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm1
	vxorps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	2(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2702
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm1
	vxorps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	3(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2702
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm1
	vxorps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	4(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2702
	addq	%rsi, %rcx
	vmovss	(%r9,%rcx,4), %xmm1
	vxorps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	5(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2702
	addq	%rsi, %rcx
	addq	$6, %rax
	vmovss	(%r9,%rcx,4), %xmm1
	vxorps	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	cmpq	%rax, %rdx
	jle	.L2702
	addq	%rsi, %rax
	vmovss	(%r9,%rax,4), %xmm1
	vxorps	%xmm0, %xmm1, %xmm0
	vmovss	%xmm0, (%r8,%rax,4)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2702:
	vzeroupper
.L2703:
	ret
.L2691:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2686
	.cfi_endproc
.LFE6598:
	.size	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE5EEEvPKfPflENKUlllE_clEll.isra.0, .-_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE5EEEvPKfPflENKUlllE_clEll.isra.0
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE5EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE5EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5566:
	.cfi_startproc
	movq	(%rdx), %rcx
	movq	(%rsi), %rdx
	movq	8(%rdi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE5EEEvPKfPflENKUlllE_clEll.isra.0
	.cfi_endproc
.LFE5566:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE5EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE5EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE4EEEvPKfPflENKUlllE_clEll.isra.0, @function
_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE4EEEvPKfPflENKUlllE_clEll.isra.0:
.LFB6599:
	.cfi_startproc
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	(%rdi), %r9
	subq	%rsi, %rdx
	movq	(%rax), %r8
	testq	%rdx, %rdx
	jle	.L2724
	leaq	-1(%rdx), %rax
	cmpq	$14, %rax
	jbe	.L2712
	movq	%rdx, %rdi
	leaq	0(,%rsi,4), %rcx
	xorl	%eax, %eax
	vbroadcastss	.LC2(%rip), %zmm1
	shrq	$4, %rdi
	leaq	(%r9,%rcx), %r10
	addq	%r8, %rcx
	salq	$6, %rdi
	.p2align 4,,10
	.p2align 3
.L2708:
	vsqrtps	(%r10,%rax), %zmm0
	vdivps	%zmm0, %zmm1, %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdi
	jne	.L2708
	movq	%rdx, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %rdx
	je	.L2723
.L2707:
	movq	%rdx, %rdi
	subq	%rcx, %rdi
	leaq	-1(%rdi), %r10
	cmpq	$6, %r10
	jbe	.L2710
	vbroadcastss	.LC2(%rip), %ymm0
	addq	%rsi, %rcx
	vsqrtps	(%r9,%rcx,4), %ymm1
	vdivps	%ymm1, %ymm0, %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rdi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edi
	je	.L2723
.L2710:
	leaq	(%rax,%rsi), %rcx
	vxorps	%xmm0, %xmm0, %xmm0
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovaps	%xmm1, %xmm2
	vmovss	.LC2(%rip), %xmm1
	vdivss	%xmm2, %xmm1, %xmm2
	vmovss	%xmm2, (%r8,%rcx,4)
	leaq	1(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2723
	addq	%rsi, %rcx
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm2
	vdivss	%xmm2, %xmm1, %xmm2
	vmovss	%xmm2, (%r8,%rcx,4)
	leaq	2(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2723
	addq	%rsi, %rcx
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm2
	vdivss	%xmm2, %xmm1, %xmm2
	vmovss	%xmm2, (%r8,%rcx,4)
	leaq	3(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2723
	addq	%rsi, %rcx
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm2
	vdivss	%xmm2, %xmm1, %xmm2
	vmovss	%xmm2, (%r8,%rcx,4)
	leaq	4(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2723
	addq	%rsi, %rcx
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm2
	vdivss	%xmm2, %xmm1, %xmm2
	vmovss	%xmm2, (%r8,%rcx,4)
	leaq	5(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2723
	addq	%rsi, %rcx
	addq	$6, %rax
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm2
	vdivss	%xmm2, %xmm1, %xmm2
	vmovss	%xmm2, (%r8,%rcx,4)
	cmpq	%rax, %rdx
	jle	.L2723
	addq	%rsi, %rax
	vsqrtss	(%r9,%rax,4), %xmm0, %xmm0
	vdivss	%xmm0, %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%rax,4)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2723:
	vzeroupper
.L2724:
	ret
.L2712:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2707
	.cfi_endproc
.LFE6599:
	.size	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE4EEEvPKfPflENKUlllE_clEll.isra.0, .-_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE4EEEvPKfPflENKUlllE_clEll.isra.0
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE4EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE4EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5559:
	.cfi_startproc
	movq	(%rdx), %rcx
	movq	(%rsi), %rdx
	movq	8(%rdi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE4EEEvPKfPflENKUlllE_clEll.isra.0
	.cfi_endproc
.LFE5559:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE4EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE4EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE3EEEvPKfPflENKUlllE_clEll.isra.0, @function
_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE3EEEvPKfPflENKUlllE_clEll.isra.0:
.LFB6600:
	.cfi_startproc
	movq	%rsi, %rax
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	(%rdi), %r9
	subq	%rsi, %rdx
	movq	(%rax), %r8
	testq	%rdx, %rdx
	jle	.L2745
	leaq	-1(%rdx), %rax
	cmpq	$14, %rax
	jbe	.L2733
	movq	%rdx, %rdi
	leaq	0(,%rsi,4), %rcx
	xorl	%eax, %eax
	shrq	$4, %rdi
	leaq	(%r9,%rcx), %r10
	addq	%r8, %rcx
	salq	$6, %rdi
	.p2align 4,,10
	.p2align 3
.L2729:
	vsqrtps	(%r10,%rax), %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %rdi
	jne	.L2729
	movq	%rdx, %rax
	andq	$-16, %rax
	movq	%rax, %rcx
	cmpq	%rax, %rdx
	je	.L2744
.L2728:
	movq	%rdx, %rdi
	subq	%rcx, %rdi
	leaq	-1(%rdi), %r10
	cmpq	$6, %r10
	jbe	.L2731
	addq	%rsi, %rcx
	vsqrtps	(%r9,%rcx,4), %ymm0
	vmovups	%ymm0, (%r8,%rcx,4)
	movq	%rdi, %rcx
	andq	$-8, %rcx
	addq	%rcx, %rax
	andl	$7, %edi
	je	.L2744
.L2731:
	leaq	(%rax,%rsi), %rcx
	vxorps	%xmm0, %xmm0, %xmm0
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	1(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2744
	addq	%rsi, %rcx
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	2(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2744
	addq	%rsi, %rcx
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	3(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2744
	addq	%rsi, %rcx
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	4(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2744
	addq	%rsi, %rcx
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	leaq	5(%rax), %rcx
	cmpq	%rcx, %rdx
	jle	.L2744
	addq	%rsi, %rcx
	addq	$6, %rax
	vsqrtss	(%r9,%rcx,4), %xmm0, %xmm1
	vmovss	%xmm1, (%r8,%rcx,4)
	cmpq	%rax, %rdx
	jle	.L2744
	addq	%rsi, %rax
	vsqrtss	(%r9,%rax,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8,%rax,4)
	vzeroupper
	ret
	.p2align 4,,10
	.p2align 3
.L2744:
	vzeroupper
.L2745:
	ret
.L2733:
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	jmp	.L2728
	.cfi_endproc
.LFE6600:
	.size	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE3EEEvPKfPflENKUlllE_clEll.isra.0, .-_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE3EEEvPKfPflENKUlllE_clEll.isra.0
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE3EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE3EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5552:
	.cfi_startproc
	movq	(%rdx), %rcx
	movq	(%rsi), %rdx
	movq	8(%rdi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE3EEEvPKfPflENKUlllE_clEll.isra.0
	.cfi_endproc
.LFE5552:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE3EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE3EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE2EEEvPKfPflENKUlllE_clEll.isra.0, @function
_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE2EEEvPKfPflENKUlllE_clEll.isra.0:
.LFB6601:
	.cfi_startproc
	movq	%rdi, %rax
	subq	%rdx, %rcx
	movq	(%rsi), %rdi
	movq	(%rax), %rsi
	testq	%rcx, %rcx
	jle	.L2783
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	leaq	-1(%rcx), %rax
	movq	%rdx, %r8
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%rbx
	.cfi_offset 3, -24
	cmpq	$14, %rax
	jbe	.L2767
	movq	%rcx, %r11
	movl	$127, %ebx
	vxorps	%xmm10, %xmm10, %xmm10
	xorl	%eax, %eax
	leaq	0(,%rdx,4), %r9
	shrq	$4, %r11
	xorl	%edx, %edx
	vbroadcastss	.LC24(%rip), %zmm9
	vbroadcastss	.LC28(%rip), %zmm26
	leaq	(%rsi,%r9), %r10
	vbroadcastss	.LC30(%rip), %zmm25
	addq	%rdi, %r9
	vbroadcastss	.LC32(%rip), %zmm24
	vpbroadcastd	%ebx, %zmm5
	vbroadcastss	.LC34(%rip), %zmm23
	vbroadcastss	.LC36(%rip), %zmm22
	vbroadcastss	.LC38(%rip), %zmm21
	vbroadcastss	.LC40(%rip), %zmm20
	vbroadcastss	.LC42(%rip), %zmm19
	vbroadcastss	.LC44(%rip), %zmm18
	vbroadcastss	.LC46(%rip), %zmm17
	vbroadcastss	.LC48(%rip), %zmm16
	vbroadcastss	.LC50(%rip), %zmm15
	vbroadcastss	.LC2(%rip), %zmm3
	vbroadcastss	.LC52(%rip), %zmm8
	vbroadcastss	.LC54(%rip), %zmm7
	vbroadcastss	.LC1(%rip), %zmm6
	vbroadcastss	.LC57(%rip), %zmm14
	vbroadcastss	.LC59(%rip), %zmm13
	vbroadcastss	.LC61(%rip), %zmm12
	vbroadcastss	.LC63(%rip), %zmm11
	.p2align 4,,10
	.p2align 3
.L2750:
	vmovups	(%r10,%rax), %zmm2
	addq	$1, %rdx
	vcmpps	$5, %zmm10, %zmm2, %k2
	vpxord	%zmm9, %zmm2, %zmm4
	vmovaps	%zmm2, %zmm4{%k2}
	vmulps	%zmm26, %zmm4, %zmm1
	vmovaps	%zmm1, %zmm27
	vcmpps	$5, %zmm8, %zmm1, %k1
	vfmadd132ps	%zmm25, %zmm24, %zmm27
	vcmpps	$14, %zmm7, %zmm1, %k3{%k1}
	vcmpps	$10, %zmm7, %zmm1, %k1{%k1}
	vaddps	%zmm23, %zmm27, %zmm27
	vmovaps	%zmm27, %zmm28
	vfnmadd132ps	%zmm22, %zmm1, %zmm28
	vfmadd231ps	%zmm21, %zmm27, %zmm28
	vcvttps2dq	%zmm27, %zmm27
	vpsrad	$1, %zmm27, %zmm29
	vpaddd	%zmm5, %zmm27, %zmm27
	vpsubd	%zmm29, %zmm27, %zmm27
	vpslld	$23, %zmm27, %zmm27
	vmovaps	%zmm28, %zmm0
	vfmadd132ps	%zmm20, %zmm19, %zmm0
	vfmadd132ps	%zmm28, %zmm18, %zmm0
	vfmadd132ps	%zmm28, %zmm17, %zmm0
	vfmadd132ps	%zmm28, %zmm16, %zmm0
	vfmadd132ps	%zmm28, %zmm15, %zmm0
	vfmadd132ps	%zmm28, %zmm3, %zmm0
	vfmadd132ps	%zmm28, %zmm3, %zmm0
	vpaddd	%zmm5, %zmm29, %zmm28
	vpslld	$23, %zmm28, %zmm28
	vmulps	%zmm28, %zmm0, %zmm0
	vmovaps	%zmm6, %zmm28
	vmulps	%zmm27, %zmm0, %zmm28{%k1}
	vcmpps	$5, %zmm8, %zmm1, %k1
	vblendmps	%zmm6, %zmm28, %zmm27{%k3}
	vmovaps	%zmm27, %zmm0{%k1}{z}
	vcmpps	$4, %zmm1, %zmm1, %k1
	vmovaps	%zmm1, %zmm0{%k1}
	vcmpps	$1, %zmm11, %zmm4, %k1
	vsubps	%zmm0, %zmm3, %zmm1
	vaddps	%zmm3, %zmm0, %zmm0
	vdivps	%zmm0, %zmm1, %zmm1
	vpxord	%zmm9, %zmm1, %zmm0
	vmovaps	%zmm1, %zmm0{%k2}
	vmulps	%zmm2, %zmm2, %zmm1
	vmovaps	%zmm1, %zmm27
	vfmadd132ps	%zmm14, %zmm13, %zmm27
	vfmadd132ps	%zmm1, %zmm12, %zmm27
	vfmadd132ps	%zmm27, %zmm3, %zmm1
	vmulps	%zmm1, %zmm2, %zmm0{%k1}
	vmovups	%zmm0, (%r9,%rax)
	addq	$64, %rax
	cmpq	%rdx, %r11
	jne	.L2750
	movq	%rcx, %rax
	andq	$-16, %rax
	movq	%rax, %rdx
	cmpq	%rcx, %rax
	je	.L2780
.L2749:
	movq	%rcx, %r10
	subq	%rdx, %r10
	leaq	-1(%r10), %r9
	cmpq	$6, %r9
	jbe	.L2754
	addq	%r8, %rdx
	vxorps	%xmm5, %xmm5, %xmm5
	vbroadcastss	.LC24(%rip), %ymm2
	vbroadcastss	.LC28(%rip), %ymm7
	vmovups	(%rsi,%rdx,4), %ymm3
	movl	$127, %r9d
	vbroadcastss	.LC32(%rip), %ymm0
	vbroadcastss	.LC30(%rip), %ymm6
	vbroadcastss	.LC38(%rip), %ymm1
	vcmpnltps	%ymm5, %ymm3, %ymm5
	vxorps	%ymm2, %ymm3, %ymm4
	vbroadcastss	.LC42(%rip), %ymm8
	vbroadcastss	.LC54(%rip), %ymm9
	vblendvps	%ymm5, %ymm3, %ymm4, %ymm4
	vmulps	%ymm7, %ymm4, %ymm7
	vfmadd132ps	%ymm7, %ymm0, %ymm6
	vcmpltps	%ymm7, %ymm9, %ymm11
	vbroadcastss	.LC34(%rip), %ymm0
	vcmpnltps	%ymm7, %ymm9, %ymm9
	vaddps	%ymm0, %ymm6, %ymm6
	vbroadcastss	.LC36(%rip), %ymm0
	vfnmadd132ps	%ymm6, %ymm7, %ymm0
	vfmadd132ps	%ymm6, %ymm0, %ymm1
	vcvttps2dq	%ymm6, %ymm6
	vpsrad	$1, %ymm6, %ymm10
	vbroadcastss	.LC40(%rip), %ymm0
	vfmadd132ps	%ymm1, %ymm8, %ymm0
	vbroadcastss	.LC44(%rip), %ymm8
	vfmadd132ps	%ymm1, %ymm8, %ymm0
	vbroadcastss	.LC46(%rip), %ymm8
	vfmadd132ps	%ymm1, %ymm8, %ymm0
	vbroadcastss	.LC48(%rip), %ymm8
	vfmadd132ps	%ymm1, %ymm8, %ymm0
	vbroadcastss	.LC50(%rip), %ymm8
	vfmadd132ps	%ymm1, %ymm8, %ymm0
	vbroadcastss	.LC2(%rip), %ymm8
	vfmadd132ps	%ymm1, %ymm8, %ymm0
	vfmadd132ps	%ymm0, %ymm8, %ymm1
	vbroadcastss	.LC52(%rip), %ymm0
	vcmpnltps	%ymm0, %ymm7, %ymm12
	vcmpltps	%ymm0, %ymm7, %ymm0
	vpand	%ymm12, %ymm11, %ymm11
	vpand	%ymm12, %ymm9, %ymm9
	vpandn	%ymm9, %ymm11, %ymm9
	vmovd	%r9d, %xmm11
	vpbroadcastd	%xmm11, %ymm11
	vpaddd	%ymm11, %ymm10, %ymm12
	vpaddd	%ymm11, %ymm6, %ymm6
	vpslld	$23, %ymm12, %ymm12
	vpsubd	%ymm10, %ymm6, %ymm6
	vmulps	%ymm12, %ymm1, %ymm1
	vpslld	$23, %ymm6, %ymm6
	vmulps	%ymm6, %ymm1, %ymm1
	vbroadcastss	.LC1(%rip), %ymm6
	vblendvps	%ymm9, %ymm1, %ymm6, %ymm1
	vandnps	%ymm1, %ymm0, %ymm0
	vcmpneqps	%ymm7, %ymm7, %ymm1
	vblendvps	%ymm1, %ymm7, %ymm0, %ymm0
	vsubps	%ymm0, %ymm8, %ymm1
	vaddps	%ymm8, %ymm0, %ymm0
	vdivps	%ymm0, %ymm1, %ymm0
	vbroadcastss	.LC57(%rip), %ymm1
	vxorps	%ymm2, %ymm0, %ymm2
	vblendvps	%ymm5, %ymm0, %ymm2, %ymm2
	vbroadcastss	.LC59(%rip), %ymm5
	vmulps	%ymm3, %ymm3, %ymm0
	vfmadd132ps	%ymm0, %ymm5, %ymm1
	vbroadcastss	.LC61(%rip), %ymm5
	vfmadd132ps	%ymm0, %ymm5, %ymm1
	vfmadd132ps	%ymm1, %ymm8, %ymm0
	vmulps	%ymm0, %ymm3, %ymm3
	vbroadcastss	.LC63(%rip), %ymm0
	vcmpltps	%ymm0, %ymm4, %ymm4
	vblendvps	%ymm4, %ymm3, %ymm2, %ymm2
	vmovups	%ymm2, (%rdi,%rdx,4)
	movq	%r10, %rdx
	andq	$-8, %rdx
	addq	%rdx, %rax
	andl	$7, %r10d
	je	.L2780
.L2754:
	salq	$2, %r8
	vxorps	%xmm7, %xmm7, %xmm7
	vmovss	.LC26(%rip), %xmm4
	vmovss	.LC63(%rip), %xmm11
	vmovss	.LC2(%rip), %xmm8
	addq	%r8, %rsi
	vmovss	.LC28(%rip), %xmm10
	addq	%r8, %rdi
	vmovss	.LC52(%rip), %xmm9
	vmovaps	%xmm4, %xmm5
	vmovss	.LC57(%rip), %xmm14
	vmovss	.LC59(%rip), %xmm13
	vmovss	.LC61(%rip), %xmm12
	jmp	.L2758
	.p2align 4,,10
	.p2align 3
.L2771:
	vucomiss	.LC54(%rip), %xmm0
	jbe	.L2788
	movl	$0x7f800000, %edx
.L2764:
	vucomiss	%xmm0, %xmm0
	vcmpltss	%xmm7, %xmm2, %xmm6
	vmovd	%xmm0, %ebx
	cmovnp	%edx, %ebx
	vucomiss	%xmm3, %xmm11
	vmovd	%ebx, %xmm0
	vsubss	%xmm0, %xmm8, %xmm1
	vaddss	%xmm8, %xmm0, %xmm0
	vdivss	%xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, %xmm1
	vxorps	%xmm5, %xmm0, %xmm0
	vblendvps	%xmm6, %xmm0, %xmm1, %xmm0
	jbe	.L2787
	vmulss	%xmm2, %xmm2, %xmm0
	vmovaps	%xmm0, %xmm1
	vfmadd132ss	%xmm14, %xmm13, %xmm1
	vfmadd132ss	%xmm0, %xmm12, %xmm1
	vfmadd132ss	%xmm1, %xmm8, %xmm0
	vmulss	%xmm0, %xmm2, %xmm0
.L2787:
	vmovss	%xmm0, (%rdi,%rax,4)
	addq	$1, %rax
	cmpq	%rax, %rcx
	jle	.L2780
.L2758:
	vmovss	(%rsi,%rax,4), %xmm2
	vcmpltss	%xmm7, %xmm2, %xmm1
	vxorps	%xmm4, %xmm2, %xmm0
	vblendvps	%xmm1, %xmm0, %xmm2, %xmm3
	vmulss	%xmm10, %xmm3, %xmm0
	vucomiss	%xmm0, %xmm9
	jbe	.L2771
	xorl	%edx, %edx
	jmp	.L2764
	.p2align 4,,10
	.p2align 3
.L2780:
	vzeroupper
	movq	-8(%rbp), %rbx
	leave
	.cfi_def_cfa 7, 8
	ret
	.p2align 4,,10
	.p2align 3
.L2783:
	.cfi_restore 3
	.cfi_restore 6
	ret
.L2767:
	.cfi_def_cfa 6, 16
	.cfi_offset 3, -24
	.cfi_offset 6, -16
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L2749
.L2788:
	vmovss	.LC32(%rip), %xmm1
	vmovaps	%xmm0, %xmm15
	vfmadd132ss	.LC30(%rip), %xmm1, %xmm15
	vmovss	.LC40(%rip), %xmm6
	vsubss	%xmm1, %xmm15, %xmm15
	vmovaps	%xmm15, %xmm1
	vcvttss2sil	%xmm15, %edx
	vfnmadd132ss	.LC36(%rip), %xmm0, %xmm1
	vfmadd231ss	.LC38(%rip), %xmm15, %xmm1
	vfmadd213ss	.LC42(%rip), %xmm1, %xmm6
	vfmadd213ss	.LC44(%rip), %xmm1, %xmm6
	movl	%edx, %r9d
	vfmadd213ss	.LC46(%rip), %xmm1, %xmm6
	sarl	%r9d
	vfmadd213ss	.LC48(%rip), %xmm1, %xmm6
	leal	127(%r9), %r8d
	subl	%r9d, %edx
	vfmadd213ss	.LC50(%rip), %xmm1, %xmm6
	sall	$23, %r8d
	addl	$127, %edx
	sall	$23, %edx
	vfmadd132ss	%xmm1, %xmm8, %xmm6
	vfmadd132ss	%xmm6, %xmm8, %xmm1
	vmovd	%r8d, %xmm6
	vmulss	%xmm6, %xmm1, %xmm1
	vmovd	%edx, %xmm6
	vmulss	%xmm6, %xmm1, %xmm6
	vmovd	%xmm6, %edx
	jmp	.L2764
	.cfi_endproc
.LFE6601:
	.size	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE2EEEvPKfPflENKUlllE_clEll.isra.0, .-_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE2EEEvPKfPflENKUlllE_clEll.isra.0
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE2EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE2EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5545:
	.cfi_startproc
	movq	(%rdx), %rcx
	movq	(%rsi), %rdx
	movq	8(%rdi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE2EEEvPKfPflENKUlllE_clEll.isra.0
	.cfi_endproc
.LFE5545:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE2EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE2EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE1EEEvPKfPflENKUlllE_clEll.isra.0, @function
_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE1EEEvPKfPflENKUlllE_clEll.isra.0:
.LFB6602:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$8, %rsp
	.cfi_offset 13, -24
	.cfi_offset 12, -32
	.cfi_offset 3, -40
	movq	(%rsi), %r12
	movq	(%rdi), %rax
	cmpq	%rdx, %rcx
	jle	.L2794
	salq	$2, %rdx
	leaq	(%rax,%rcx,4), %r13
	leaq	(%rax,%rdx), %rbx
	addq	%rdx, %r12
	.p2align 4,,10
	.p2align 3
.L2792:
	vmovss	(%rbx), %xmm0
	addq	$4, %rbx
	addq	$4, %r12
	call	logf@PLT
	vmovss	%xmm0, -4(%r12)
	cmpq	%r13, %rbx
	jne	.L2792
.L2794:
	addq	$8, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6602:
	.size	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE1EEEvPKfPflENKUlllE_clEll.isra.0, .-_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE1EEEvPKfPflENKUlllE_clEll.isra.0
	.p2align 4
	.type	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE1EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, @function
_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE1EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_:
.LFB5538:
	.cfi_startproc
	movq	(%rdx), %rcx
	movq	(%rsi), %rdx
	movq	8(%rdi), %rsi
	movq	(%rdi), %rdi
	jmp	_ZZN2sc6avx51212_GLOBAL__N_110unary_implILNS_7UnaryOpE1EEEvPKfPflENKUlllE_clEll.isra.0
	.cfi_endproc
.LFE5538:
	.size	_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE1EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_, .-_ZNSt17_Function_handlerIFvllEZN2sc6avx51212_GLOBAL__N_110unary_implILNS1_7UnaryOpE1EEEvPKfPflEUlllE_E9_M_invokeERKSt9_Any_dataOlSE_
	.align 2
	.p2align 4
	.type	_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflllENKUlllE0_clEll, @function
_ZZN2sc6avx51212_GLOBAL__N_111reduce_implILNS_8ReduceOpE0EEEvPKfPflllENKUlllE0_clEll:
.LFB4831:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	andq	$-64, %rsp
	addq	$-128, %rsp
	.cfi_offset 15, -24
	.cfi_offset 14, -32
	.cfi_offset 13, -40
	.cfi_offset 12, -48
	.cfi_offset 3, -56
	movq	%rsi, 112(%rsp)
	movq	%rdx, 72(%rsp)
	cmpq	%rdx, %rsi
	jge	.L2838
	movq	16(%rdi), %rax
	movq	%rsi, %rcx
	movq	%rsi, %r11
	movq	(%rax), %r12
	movq	8(%rdi), %rax
	movq	(%rax), %r10
	movq	24(%rdi), %rax
	imulq	%r12, %rcx
	movq	%r12, %r13
	shrq	$4, %r13
	movq	%r12, %r14
	movq	(%rax), %rdx
	movq	(%rdi), %rax
	imulq	%r10, %r11
	salq	$6, %r13
	movq	%rcx, %r15
	andq	$-16, %r14
	movq	(%rax), %rbx
	leaq	0(,%r12,4), %rax
	movq	%rdx, 64(%rsp)
	leaq	(%rdx,%rcx,4), %rcx
	movq	%rax, 104(%rsp)
	movq	%r12, %rdx
	imulq	%r12, %r11
	leaq	0(,%r12,8), %rax
	imulq	%r10, %rdx
	movq	%rax, 48(%rsp)
	leaq	(%r12,%r12), %rax
	movq	%rax, 56(%rsp)
	leaq	-1(%r12), %rax
	movq	%rax, 120(%rsp)
	leaq	-1(%r10), %rax
	movq	%rdx, 80(%rsp)
	movq	%rax, 40(%rsp)
	.p2align 4,,10
	.p2align 3
.L2801:
	testq	%r12, %r12
	jle	.L2799
	movq	104(%rsp), %rdx
	xorl	%esi, %esi
	movq	%rcx, %rdi
	movq	%r11, 88(%rsp)
	movq	%r10, 96(%rsp)
	call	memset@PLT
	movq	96(%rsp), %r10
	movq	88(%rsp), %r11
	movq	%rax, %rcx
	testq	%r10, %r10
	jle	.L2799
	cmpq	$2, %r10
	jle	.L2819
	movq	%r10, 32(%rsp)
	leaq	(%rbx,%r11,4), %rsi
	leaq	(%r12,%r11), %rdi
	movq	%r11, %r9
	cmpq	$14, 120(%rsp)
	movq	%r13, 88(%rsp)
	movq	%r11, 24(%rsp)
	vmovq	64(%rsp), %xmm2
	movq	$1, 96(%rsp)
	jbe	.L2841
.L2835:
	movq	104(%rsp), %rax
	movq	88(%rsp), %r13
	leaq	(%rsi,%rax), %rdx
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L2817:
	vmovups	(%rsi,%rax), %zmm4
	vaddps	(%rcx,%rax), %zmm4, %zmm0
	vaddps	(%rdx,%rax), %zmm0, %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%r13, %rax
	jne	.L2817
	movq	%r13, 88(%rsp)
	cmpq	%r12, %r14
	je	.L2806
	movq	%r14, %rdx
	movq	%r14, %rax
.L2804:
	movq	%r12, %r10
	subq	%rdx, %r10
	leaq	-1(%r10), %r11
	cmpq	$6, %r11
	jbe	.L2807
	leaq	(%rdx,%r15), %r11
	vmovq	%xmm2, %r8
	leaq	(%r8,%r11,4), %r11
	leaq	(%r9,%rdx), %r8
	addq	%rdi, %rdx
	vmovups	(%rbx,%r8,4), %ymm5
	vaddps	(%r11), %ymm5, %ymm0
	vaddps	(%rbx,%rdx,4), %ymm0, %ymm0
	movq	%r10, %rdx
	andq	$-8, %rdx
	addq	%rdx, %rax
	andl	$7, %r10d
	vmovups	%ymm0, (%r11)
	je	.L2806
.L2807:
	leaq	(%r9,%rax), %r8
	leaq	0(,%rax,4), %r11
	vmovss	(%rbx,%r8,4), %xmm0
	leaq	(%rcx,%r11), %r10
	leaq	(%rdi,%rax), %r8
	vaddss	(%r10), %xmm0, %xmm0
	vaddss	(%rbx,%r8,4), %xmm0, %xmm0
	leaq	1(%rax), %rdx
	vmovss	%xmm0, (%r10)
	cmpq	%rdx, %r12
	jle	.L2806
	leaq	4(%r11,%rcx), %r8
	leaq	(%r9,%rdx), %r13
	addq	%rdi, %rdx
	vmovss	(%rbx,%r13,4), %xmm0
	vaddss	(%r8), %xmm0, %xmm0
	leaq	2(%rax), %r10
	vaddss	(%rbx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%r10, %r12
	jle	.L2806
	leaq	8(%r11,%rcx), %r8
	leaq	(%r9,%r10), %r13
	addq	%rdi, %r10
	vmovss	(%rbx,%r13,4), %xmm0
	vaddss	(%r8), %xmm0, %xmm0
	leaq	3(%rax), %rdx
	vaddss	(%rbx,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%rdx, %r12
	jle	.L2806
	leaq	12(%r11,%rcx), %r8
	leaq	(%r9,%rdx), %r13
	addq	%rdi, %rdx
	vmovss	(%rbx,%r13,4), %xmm0
	vaddss	(%r8), %xmm0, %xmm0
	leaq	4(%rax), %r10
	vaddss	(%rbx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%r10, %r12
	jle	.L2806
	leaq	16(%r11,%rcx), %r8
	leaq	(%r9,%r10), %r13
	addq	%rdi, %r10
	vmovss	(%rbx,%r13,4), %xmm0
	vaddss	(%r8), %xmm0, %xmm0
	leaq	5(%rax), %rdx
	vaddss	(%rbx,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%rdx, %r12
	jle	.L2806
	leaq	20(%r11,%rcx), %r8
	leaq	(%r9,%rdx), %r10
	addq	%rdi, %rdx
	addq	$6, %rax
	vmovss	(%rbx,%r10,4), %xmm0
	vaddss	(%r8), %xmm0, %xmm0
	vaddss	(%rbx,%rdx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r8)
	cmpq	%rax, %r12
	jle	.L2806
	leaq	24(%r11,%rcx), %rdx
	leaq	(%r9,%rax), %r8
	addq	%rdi, %rax
	vmovss	(%rbx,%r8,4), %xmm0
	vaddss	(%rdx), %xmm0, %xmm0
	vaddss	(%rbx,%rax,4), %xmm0, %xmm0
	vmovss	%xmm0, (%rdx)
.L2806:
	movq	48(%rsp), %rdx
	movq	96(%rsp), %rax
	addq	%rdx, %rsi
	movq	56(%rsp), %rdx
	addq	$2, %rax
	addq	%rdx, %r9
	addq	%rdx, %rdi
	cmpq	%rax, 40(%rsp)
	jle	.L2842
	cmpq	$14, 120(%rsp)
	movq	%rax, 96(%rsp)
	ja	.L2835
.L2841:
	xorl	%edx, %edx
	xorl	%eax, %eax
	jmp	.L2804
.L2842:
	movq	96(%rsp), %r9
	movq	32(%rsp), %r10
	movq	88(%rsp), %r13
	movq	24(%rsp), %r11
	addq	$1, %r9
.L2803:
	movq	%r12, %rdx
	movq	%r11, 96(%rsp)
	imulq	%r9, %rdx
	addq	%r11, %rdx
	movq	64(%rsp), %r11
	.p2align 4,,10
	.p2align 3
.L2816:
	cmpq	$14, 120(%rsp)
	jbe	.L2822
.L2812:
	leaq	(%rbx,%rdx,4), %rsi
	xorl	%eax, %eax
	.p2align 4,,10
	.p2align 3
.L2811:
	vmovups	(%rsi,%rax), %zmm1
	vaddps	(%rcx,%rax), %zmm1, %zmm0
	vmovups	%zmm0, (%rcx,%rax)
	addq	$64, %rax
	cmpq	%rax, %r13
	jne	.L2811
	cmpq	%r12, %r14
	je	.L2843
	movq	%r14, %rsi
	movq	%r14, %rax
.L2810:
	movq	%r12, %rdi
	subq	%rsi, %rdi
	leaq	-1(%rdi), %r8
	cmpq	$6, %r8
	jbe	.L2814
	leaq	(%rsi,%r15), %r8
	addq	%rdx, %rsi
	leaq	(%r11,%r8,4), %r8
	vmovups	(%rbx,%rsi,4), %ymm3
	movq	%rdi, %rsi
	vaddps	(%r8), %ymm3, %ymm0
	andq	$-8, %rsi
	addq	%rsi, %rax
	andl	$7, %edi
	vmovups	%ymm0, (%r8)
	je	.L2815
.L2814:
	leaq	0(,%rax,4), %rsi
	leaq	(%rax,%rdx), %r8
	leaq	(%rcx,%rsi), %rdi
	vmovss	(%rdi), %xmm0
	vaddss	(%rbx,%r8,4), %xmm0, %xmm0
	vmovss	%xmm0, (%rdi)
	leaq	1(%rax), %rdi
	cmpq	%rdi, %r12
	jle	.L2815
	leaq	4(%rsi,%rcx), %r8
	addq	%rdx, %rdi
	vmovss	(%r8), %xmm0
	vaddss	(%rbx,%rdi,4), %xmm0, %xmm0
	leaq	2(%rax), %rdi
	vmovss	%xmm0, (%r8)
	cmpq	%rdi, %r12
	jle	.L2815
	leaq	8(%rsi,%rcx), %r8
	addq	%rdx, %rdi
	vmovss	(%r8), %xmm0
	vaddss	(%rbx,%rdi,4), %xmm0, %xmm0
	leaq	3(%rax), %rdi
	vmovss	%