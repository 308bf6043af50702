/* TRUTH: racy — module_exit() is registered with atexit and runs when main returns (exit), in main's thread, AFTER the pthread_create; the irq thread is never joined and writes irq_count (irq_count++ in irq_thread) unconditionally, so module_exit's irq_count = -1 can run concurrently with it: unordered writes. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
static int irq_count;
static void module_exit_fn(void) { irq_count = -1; }
static void *irq_thread(void *a) { usleep(1000); irq_count++; return 0; }
struct module { int (*init)(void); void (*exit)(void); };
static int module_init_fn(void) { pthread_t t; return pthread_create(&t, 0, irq_thread, 0); }
static struct module mod = { module_init_fn, module_exit_fn };
int main(void) {
  atexit(mod.exit);
  if (mod.init()) return 1;
  return 0;
}
