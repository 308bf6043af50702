/* TRUTH: free — as racy_drv_atexit_module_exit, but module_init keeps the handle and main pthread_joins the irq thread before returning, so the atexit handler module_exit_fn (runs at exit, after main's return) writes irq_count after the irq thread's irq_count++ (join orders it). */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
static int irq_count;
static pthread_t irq_t;
static void module_exit_fn(void) { irq_count = -1; }
static void *irq_thread(void *a) { usleep(1000); irq_count++; return 0; }
struct module { int (*init)(void); void (*exit)(void); };
static int module_init_fn(void) { return pthread_create(&irq_t, 0, irq_thread, 0); }
static struct module mod = { module_init_fn, module_exit_fn };
int main(void) {
  atexit(mod.exit);
  if (mod.init()) return 1;
  pthread_join(irq_t, 0);
  return 0;
}
