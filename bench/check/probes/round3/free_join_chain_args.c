/* TRUTH: free. Each stage gets the previous stage's handle by pointer (written before its
   create), joins it, then increments g. main joins the last stage. */
#include <pthread.h>
static int g;
static void *stage(void *v) {
  pthread_t *prev = v;
  if (prev) pthread_join(*prev, NULL);
  g++;
  return NULL;
}
int main(void) {
  pthread_t t0, t1, t2;
  pthread_create(&t0, NULL, stage, NULL);
  pthread_create(&t1, NULL, stage, &t0);
  pthread_create(&t2, NULL, stage, &t1);
  pthread_join(t2, NULL);
  return g;
}
