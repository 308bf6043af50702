/* TRUTH: racy — the stats updater mistakenly takes the read lock, so it runs concurrently with readers (and another updater) */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int hits, misses;

static void *reader(void *arg) {
  long *acc = arg;
  for (int r = 0; r < 20; r++) {
    pthread_rwlock_rdlock(&rw);
    *acc += hits - misses;
    pthread_rwlock_unlock(&rw);
    usleep(50);
  }
  return NULL;
}

static void *updater(void *arg) {
  (void)arg;
  for (int r = 0; r < 20; r++) {
    pthread_rwlock_rdlock(&rw);
    if (r % 3) hits++; else misses++;
    pthread_rwlock_unlock(&rw);
    usleep(50);
  }
  return NULL;
}

int main(void) {
  pthread_t r1, u1, u2;
  long a1 = 0;
  pthread_create(&r1, NULL, reader, &a1);
  pthread_create(&u1, NULL, updater, NULL);
  pthread_create(&u2, NULL, updater, NULL);
  pthread_join(r1, NULL); pthread_join(u1, NULL); pthread_join(u2, NULL);
  printf("%ld %d %d\n", a1, hits, misses);
  return 0;
}
