/* racy: thread 1 patches src[0] while thread 0 memcpy's from src */
#include <pthread.h>
#include <string.h>
char src[32] = "shared read-only template";
char dst[2][32];
void *w(void *p) {
  long i = (long)p;
  if (i == 1) src[0] = 'S';
  memcpy(dst[i], src, sizeof src);
  return NULL;
}
int main(void) {
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return dst[0][0];
}
