/* TRUTH: free — lut is filled by main before any thread exists; the threads only read it, main only reads after creating */
#include <pthread.h>
static int lut[16];
static void *lookup(void *p) { int k = (int)(long)p; return (void *)(long)(lut[k] + lut[15 - k]); }
int main(void) {
  for (int i = 0; i < 16; i++) lut[i] = i * 3;
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], 0, lookup, (void *)(long)i);
  int z = lut[0];
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  return z;
}
