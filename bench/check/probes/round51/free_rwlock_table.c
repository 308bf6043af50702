/* TRUTH: free — table is written only under wrlock and read only under rdlock of the same rwlock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int table[4];
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;

void *reader(void *arg)
{
  int s = 0;
  pthread_rwlock_rdlock(&rw);
  for (int i = 0; i < 4; i++)
    s += table[i];
  pthread_rwlock_unlock(&rw);
  return (void *)(long)s;
}

void *writer(void *arg)
{
  int idx = __VERIFIER_nondet_int();
  if (idx < 0 || idx >= 4)
    return NULL;
  pthread_rwlock_wrlock(&rw);
  table[idx] = table[idx] + 1;
  pthread_rwlock_unlock(&rw);
  return NULL;
}

int main(void)
{
  pthread_t r1, r2, w;
  pthread_create(&r1, 0, reader, 0);
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r2, 0, reader, 0);
  pthread_join(r1, 0);
  pthread_join(r2, 0);
  pthread_join(w, 0);
  return 0;
}
