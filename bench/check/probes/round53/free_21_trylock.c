/* TRUTH: free — stats is only touched when trylock returned 0 (lock held) or under lock */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_21_trylock.c", 4, "reach_error"); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stats;
int dropped_local_max = 5;

void *sampler(void *arg) {
  int dropped = 0;
  for (int i = 0; i < 5; i++) {
    if (pthread_mutex_trylock(&m) == 0) {
      stats++;
      pthread_mutex_unlock(&m);
    } else {
      dropped++;
    }
  }
  if (dropped > dropped_local_max) reach_error();
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, sampler, NULL);
  pthread_create(&b, NULL, sampler, NULL);
  pthread_mutex_lock(&m);
  int s = stats;
  pthread_mutex_unlock(&m);
  if (s > 10) reach_error();
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
