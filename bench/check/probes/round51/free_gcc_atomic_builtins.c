/* TRUTH: free — flags and seq are plain ints but every concurrent access uses __atomic builtins */
#include <pthread.h>
unsigned flags;
int seq;

void *setter(void *arg)
{
  unsigned bit = 1u << (long)arg;
  __atomic_fetch_or(&flags, bit, __ATOMIC_SEQ_CST);
  __atomic_add_fetch(&seq, 1, __ATOMIC_RELAXED);
  return 0;
}

void *watcher(void *arg)
{
  unsigned f = __atomic_load_n(&flags, __ATOMIC_ACQUIRE);
  int s = __atomic_load_n(&seq, __ATOMIC_RELAXED);
  return (void *)(long)(f + s);
}

int main(void)
{
  pthread_t t[3], w;
  pthread_create(&w, 0, watcher, 0);
  for (long i = 0; i < 3; i++)
    pthread_create(&t[i], 0, setter, (void *)i);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  pthread_join(w, 0);
  return flags != 7;
}
