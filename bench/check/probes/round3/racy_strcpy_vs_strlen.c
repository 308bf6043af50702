/* TRUTH: racy. t1 strcpy's into global buf; t2 strlen's buf. */
#include <pthread.h>
#include <string.h>
static char buf[32];
static void *wr(void *v) { (void)v; strcpy(buf, "hello"); return NULL; }
static void *rd(void *v) { (void)v; return (void *)strlen(buf); }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wr, NULL);
  pthread_create(&t2, NULL, rd, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
