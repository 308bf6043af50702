/* TRUTH: racy — stage2 no longer joins stage1: its `stage_out = stage_out * 2` races with stage1's `stage_out = 5` (and main's read after joining only stage2 races with stage1's write). */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static pthread_t stage1_handle;
static int stage_out;
static void *stage1(void *arg) {
  (void)arg;
  stage_out = 5;
  return NULL;
}
static void *stage2(void *arg) {
  (void)arg;
  stage_out = stage_out * 2;
  return NULL;
}
int main(void) {
  pthread_t t2;
  pthread_create(&stage1_handle, NULL, stage1, NULL);
  pthread_create(&t2, NULL, stage2, NULL);
  pthread_join(t2, NULL);
  if (stage_out != 10) reach_error();
  return 0;
}
