/* TRUTH: racy — the writer release-stores started before writing data and done after; the reader acquires only started, so its read of data is unordered with the write */
#include <pthread.h>
#include <stdatomic.h>
atomic_int started, done;
int data;
void *writer(void *a)
{
  atomic_store_explicit(&started, 1, memory_order_release);
  data = 42;
  atomic_store_explicit(&done, 1, memory_order_release);
  return 0;
}
void *reader(void *a)
{
  if (atomic_load_explicit(&started, memory_order_acquire))
    return (void *)(long)data;
  return 0;
}
int main(void)
{
  pthread_t w, r;
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return 0;
}
