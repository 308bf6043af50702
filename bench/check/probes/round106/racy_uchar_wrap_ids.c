/* TRUTH: racy — loop passes 255 and 256, but the thread narrows its id to unsigned char: 255 % 3 = 0 and 0 % 3 = 0, both update data[0] */
#include <pthread.h>
#include <stdio.h>
int data[3];
void *f(void *p) {
  unsigned char id = (unsigned char)(long)p;
  data[id % 3] += 1;
  return 0;
}
int main(void) {
  pthread_t t[2];
  long i;
  for (i = 255; i < 257; i++) pthread_create(&t[i - 255], 0, f, (void *)i);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  printf("%d %d %d\n", data[0], data[1], data[2]);
  return 0;
}
