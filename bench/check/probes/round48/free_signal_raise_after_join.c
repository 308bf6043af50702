/* TRUTH: free — the SIGUSR1 handler runs synchronously in main when main raises it, after main joined the thread that wrote x */
#include <pthread.h>
#include <signal.h>
int x; volatile sig_atomic_t seen;
static void h(int sig) { seen = x; }
void *t(void *a) { x = 4; return 0; }
int main(void) {
  pthread_t th;
  signal(SIGUSR1, h);
  pthread_create(&th, 0, t, 0);
  pthread_join(th, 0);
  raise(SIGUSR1);
  return seen;
}
