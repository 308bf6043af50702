/* TRUTH: racy — each thread mallocs its own mutex (same allocation site) and locks it; total is unprotected */
#include <pthread.h>
#include <stdlib.h>
int total;
static pthread_mutex_t *new_lock(void){ pthread_mutex_t *m = malloc(sizeof *m); pthread_mutex_init(m, 0); return m; }
void *w(void *x){ pthread_mutex_t *m = new_lock(); pthread_mutex_lock(m); total++; pthread_mutex_unlock(m); free(m); return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return total;
}
