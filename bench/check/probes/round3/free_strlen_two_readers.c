/* TRUTH: free. buf filled by main before threads; both threads only strlen/strcmp it. */
#include <pthread.h>
#include <string.h>
static char buf[32];
static size_t out[2];
static void *rd(void *v) { long i = (long)v; out[i] = strlen(buf) + (strcmp(buf, "x") == 0); return NULL; }
int main(void) {
  pthread_t t1, t2;
  strcpy(buf, "hello");
  pthread_create(&t1, NULL, rd, (void *)0);
  pthread_create(&t2, NULL, rd, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return (int)(out[0] + out[1]);
}
