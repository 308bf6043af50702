/* TRUTH: racy — hw_pop is a plain function (not __VERIFIER_atomic_*), so its read/write reg_out++ and read of reg_in/fifo in the rd thread are unordered with __VERIFIER_atomic_hw_push's reg_in++ / fifo[] write in the irq thread (an atomic section only excludes other atomic sections). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int fifo[4];
static int reg_in, reg_out;
static void __VERIFIER_atomic_hw_push(int v) { if (reg_in - reg_out < 4) { fifo[reg_in % 4] = v; reg_in++; } }
static int hw_pop(void) { int v = -1; if (reg_out < reg_in) { v = fifo[reg_out % 4]; reg_out++; } return v; }
struct hw_ops { void (*push)(int); int (*pop)(void); };
static struct hw_ops hw = { __VERIFIER_atomic_hw_push, hw_pop };
static void *irq(void *a) { hw.push(__VERIFIER_nondet_int()); hw.push(1); return 0; }
static void *rd(void *a) { hw.pop(); hw.pop(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, irq, 0);
  pthread_create(&b, 0, rd, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return reg_in - reg_out;
}
