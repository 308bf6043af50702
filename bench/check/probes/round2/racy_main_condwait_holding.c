/* TRUTH: racy. main holds m while t1 runs, but pthread_cond_wait releases m while main
   waits, so t2 can take m and write x while t1 writes x without m. */
#include <pthread.h>
int x, done;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *t1(void *arg) {
  x = 1;
  pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m);
  return NULL;
}
void *t2(void *arg) { pthread_mutex_lock(&m); x = 2; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&b, NULL, t2, NULL);
  pthread_mutex_lock(&m);
  pthread_create(&a, NULL, t1, NULL);
  while (!done) pthread_cond_wait(&cv, &m);
  pthread_join(a, NULL);
  pthread_mutex_unlock(&m);
  pthread_join(b, NULL);
  return x;
}
