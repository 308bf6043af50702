/* TRUTH: free — pthread_rwlock: the refresher writes `table[]` and `version` under the write lock, lookups only read them under read locks; the read-read overlap is no race and every write is exclusive. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table[4];
int version;
static void *lookup(void *arg) {
  long key = (long)arg;
  int v;
  pthread_rwlock_rdlock(&rw);
  v = table[key] + version;
  pthread_rwlock_unlock(&rw);
  if (v < 0) reach_error();
  return NULL;
}
static void *refresh(void *arg) {
  (void)arg;
  pthread_rwlock_wrlock(&rw);
  for (int i = 0; i < 4; i++) table[i] = i * 2;
  version++;
  pthread_rwlock_unlock(&rw);
  return NULL;
}
int main(void) {
  pthread_t a, b, w;
  pthread_create(&a, NULL, lookup, (void *)1);
  pthread_create(&b, NULL, lookup, (void *)2);
  pthread_create(&w, NULL, refresh, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  pthread_join(w, NULL);
  return 0;
}
