{
  "targets": [
    {
      "target_name": "stagecoach_native",
      "sources": [
        "src/native/addon.cc",
        "src/native/args.cc",
        "src/native/pool.cc",
        "src/native/gemm.cc",
        "src/native/simd.cc",
        "src/native/dispatch.cc",
        "src/native/kernels.cc",
        "src/native/kernels-avx2.cc",
        "src/native/kernels-avx512.cc",
        "src/native/fused.cc",
        "src/native/fused-avx2.cc",
        "src/native/fused-avx512.cc"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "NODE_API_SWALLOW_UNTHROWABLE_EXCEPTIONS", "NODE_ADDON_API_DISABLE_DEPRECATED"],
      "cflags_cc!": ["-fno-exceptions", "-std=gnu++17", "-O2"],
      "cflags_cc": ["-std=c++17", "-O3", "-fno-math-errno", "-fno-trapping-math", "-Wall", "-Wno-unused-function"],
      "libraries": ["-ldl", "-lpthread"],
      "xcode_settings": {
        "CLANG_CXX_LANGUAGE_STANDARD": "c++17",
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES",
        "OTHER_CPLUSPLUSFLAGS": ["-O3", "-fno-math-errno"]
      }
    }
  ]
}
