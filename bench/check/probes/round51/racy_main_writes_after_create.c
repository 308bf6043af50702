/* TRUTH: racy — main updates cfg.limit after creating the reader thread, which reads it */
#include <pthread.h>
struct cfg { int limit; int verbose; } cfg = { 10, 0 };
void *reader(void *a)
{
  int s = 0;
  for (int i = 0; i < cfg.limit && i < 100; i++)
    s++;
  return (void *)(long)s;
}
int main(void)
{
  pthread_t t;
  pthread_create(&t, 0, reader, 0);
  cfg.limit = 20;
  pthread_join(t, 0);
  return 0;
}
