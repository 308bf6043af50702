/* TRUTH: racy. main holds m around create..join of T, but cond_wait releases m: U takes
   m and writes x while T writes x unlocked. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int x, done;
void *T(void *arg) { x = 1; pthread_mutex_lock(&m); done = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m); return NULL; }
void *U(void *arg) { pthread_mutex_lock(&m); x = 2; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t t, u;
  pthread_create(&u, NULL, U, NULL);
  pthread_mutex_lock(&m);
  pthread_create(&t, NULL, T, NULL);
  while (!done) pthread_cond_wait(&cv, &m);
  pthread_join(t, NULL);
  pthread_mutex_unlock(&m);
  pthread_join(u, NULL);
  return 0;
}
