/* TRUTH: free — second thread only ever sets flag to 1 under lock; flag is 1 when read */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

int started; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_t t2;
void *set(void *a) { pthread_mutex_lock(&m); started = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  int s;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m); started = 1; pthread_mutex_unlock(&m);
  pthread_create(&t2, 0, set, 0);
  pthread_mutex_lock(&m); s = started; pthread_mutex_unlock(&m);
  if (s) pthread_join(t, 0);
  x = 2;
  return 0;
}
