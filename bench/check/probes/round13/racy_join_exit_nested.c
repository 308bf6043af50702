/* racy: main reads r before joining the thread that writes it in finish() */
#include <pthread.h>
int r;
static void finish(int v) { r = v; pthread_exit(NULL); }
void *t(void *p) { (void)p; finish(11); return NULL; }
int main(void) {
  pthread_t th;
  pthread_create(&th, NULL, t, NULL);
  int v = r;
  pthread_join(th, NULL);
  return v;
}
