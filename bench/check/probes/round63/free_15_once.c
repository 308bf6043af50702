/* TRUTH: free — cfg is written only inside the pthread_once init routine; every reader calls pthread_once first, which orders the init before its return */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int cfg[3];
static void init_cfg(void) { cfg[0] = 1; cfg[1] = 2; cfg[2] = 3; }
static void *use(void *a) { (void)a; pthread_once(&once, init_cfg); return (void *)(long)(cfg[0] + cfg[1] + cfg[2]); }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, use, 0);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return 0;
}
