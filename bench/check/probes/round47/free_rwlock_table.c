/* TRUTH: free — readers read table under rdlock, the writer modifies it under wrlock; rdlock holders never write */
#include <pthread.h>
#include <stdint.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }
#define ENTRIES 4

int table[ENTRIES];
int version;
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;

void *reader(void *arg) {
  int idx = (int)(intptr_t)arg % ENTRIES;
  int v, val;
  pthread_rwlock_rdlock(&rw);
  v = version;
  val = table[idx];
  pthread_rwlock_unlock(&rw);
  if (v == 0 && val != 0) reach_error();
  return 0;
}

void *writer(void *arg) {
  int i;
  pthread_rwlock_wrlock(&rw);
  for (i = 0; i < ENTRIES; i++)
    table[i] = __VERIFIER_nondet_int();
  version++;
  pthread_rwlock_unlock(&rw);
  return 0;
}

int main(void) {
  pthread_t r[3], w;
  int i;
  pthread_create(&w, 0, writer, 0);
  for (i = 0; i < 3; i++)
    pthread_create(&r[i], 0, reader, (void *)(intptr_t)i);
  for (i = 0; i < 3; i++)
    pthread_join(r[i], 0);
  pthread_join(w, 0);
  return 0;
}
