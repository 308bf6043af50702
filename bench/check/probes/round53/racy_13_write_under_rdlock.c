/* TRUTH: racy — hit_count is incremented while holding only the read lock, so two readers write it concurrently */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_13_write_under_rdlock.c", 4, "reach_error"); }
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int cache_val = 5;
int hit_count;

void *lookup(void *arg) {
  pthread_rwlock_rdlock(&rw);
  int v = cache_val;
  hit_count++;
  pthread_rwlock_unlock(&rw);
  if (v != 5) reach_error();
  return NULL;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, lookup, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
