/* TRUTH: racy — ids are stored as unsigned char `i * 128`: 0, 128, 0 for i = 0..2, so workers 0 and 2 both write slot[0]. */
#include <pthread.h>
static unsigned char ids[3];
static int slot[256];
static void *w(void *p) {
  unsigned char id = *(unsigned char *)p;
  slot[id] += 1;
  return 0;
}
int main(void) {
  pthread_t t[3];
  for (int j = 0; j < 3; j++) ids[j] = j * 128;
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, w, &ids[i]);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return slot[0];
}
