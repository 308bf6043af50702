/* TRUTH: free — payload written under mutex, read after predicate loop under same mutex... payload read after unlock is ordered by mutex hb */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
int ready; int payload;
void *p(void *a) { payload = 7; pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, p, 0);
  pthread_mutex_lock(&m); while (!ready) pthread_cond_wait(&c, &m); pthread_mutex_unlock(&m);
  printf("%d\n", payload);
  pthread_join(th, 0); return 0;
}
