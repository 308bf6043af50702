/* TRUTH: racy — one thread clears the shared buffer with memset while another sums it, no lock */
#include <pthread.h>
#include <string.h>
char buffer[32];
void *clear(void *a) { memset(buffer, 0, sizeof buffer); return 0; }
void *scan(void *a)
{
  int s = 0;
  for (int i = 0; i < 32; i++)
    s += buffer[i];
  return (void *)(long)s;
}
int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, clear, 0);
  pthread_create(&b, 0, scan, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
