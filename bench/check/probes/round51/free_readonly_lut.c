/* TRUTH: free — threads only read the const-initialised lookup table and write locals */
#include <pthread.h>
static const int lut[8] = { 1, 2, 4, 8, 16, 32, 64, 128 };
int scale = 3;

void *use(void *arg)
{
  long s = 0;
  for (int i = 0; i < 8; i++)
    s += lut[i] * scale;
  return (void *)s;
}

int main(void)
{
  pthread_t t[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&t[i], 0, use, 0);
  for (int i = 0; i < 4; i++)
    pthread_join(t[i], 0);
  return 0;
}
