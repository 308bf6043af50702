/* TRUTH: free — stat is only modified when pthread_mutex_trylock returned 0 (lock held) or under a blocking lock */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int stat;
int skipped[2];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void *opportunist(void *arg) {
  int i;
  for (i = 0; i < 3; i++) {
    if (pthread_mutex_trylock(&m) == 0) {
      stat++;
      pthread_mutex_unlock(&m);
    } else {
      skipped[0]++;
    }
  }
  return 0;
}

void *steady(void *arg) {
  pthread_mutex_lock(&m);
  stat += 100;
  pthread_mutex_unlock(&m);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, opportunist, 0);
  pthread_create(&b, 0, steady, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (stat < 100) reach_error();
  return 0;
}
