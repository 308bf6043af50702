/* TRUTH: free — readers take rdlock to read the table, the single updater takes wrlock to modify it */
#include <pthread.h>
#include <stdio.h>
#define SZ 8

pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table[SZ];
int version;

static void *reader(void *arg) {
  long *acc = arg;
  for (int r = 0; r < 100; r++) {
    pthread_rwlock_rdlock(&rw);
    for (int i = 0; i < SZ; i++) *acc += table[i] + version;
    pthread_rwlock_unlock(&rw);
  }
  return NULL;
}

static void *updater(void *arg) {
  (void)arg;
  for (int r = 0; r < 50; r++) {
    pthread_rwlock_wrlock(&rw);
    table[r % SZ] += r;
    version++;
    pthread_rwlock_unlock(&rw);
  }
  return NULL;
}

int main(void) {
  pthread_t r1, r2, u;
  long a1 = 0, a2 = 0;
  pthread_create(&r1, NULL, reader, &a1);
  pthread_create(&r2, NULL, reader, &a2);
  pthread_create(&u, NULL, updater, NULL);
  pthread_join(r1, NULL); pthread_join(r2, NULL); pthread_join(u, NULL);
  printf("%ld %ld %d\n", a1, a2, version);
  return 0;
}
