/* TRUTH: racy — start_pool() calls spawn(), which calls pthread_create; both pool workers write last */
#include <pthread.h>
int last;
static void spawn(pthread_t *t, void *(*fn)(void *), void *arg){ pthread_create(t, 0, fn, arg); }
static void start_pool(pthread_t *t, int n, void *(*fn)(void *)){ for (int i = 0; i < n; i++) spawn(&t[i], fn, (void*)(long)i); }
static void *worker(void *a){ last = (int)(long)a; return 0; }
int main(void){
  pthread_t t[2];
  start_pool(t, 2, worker);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return last;
}
