/* race-free: readers hold rdlock to read the table, the writer holds wrlock to update it */
#include <pthread.h>
#include <assert.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table[4];
long sums[2];
void *reader(void *p) {
  long id = (long)p;
  for (int k = 0; k < 5; k++) {
    pthread_rwlock_rdlock(&rw);
    long s = 0;
    for (int i = 0; i < 4; i++) s += table[i];
    pthread_rwlock_unlock(&rw);
    sums[id] = s;
  }
  return NULL;
}
void *writer(void *p) {
  (void)p;
  for (int k = 0; k < 5; k++) { pthread_rwlock_wrlock(&rw); table[k % 4] += 1; pthread_rwlock_unlock(&rw); }
  return NULL;
}
int main(void) {
  pthread_t r0, r1, w;
  pthread_create(&r0, NULL, reader, (void *)0L);
  pthread_create(&r1, NULL, reader, (void *)1L);
  pthread_create(&w, NULL, writer, NULL);
  pthread_join(r0, NULL); pthread_join(r1, NULL); pthread_join(w, NULL);
  assert(table[0] == 2);
  return 0;
}
