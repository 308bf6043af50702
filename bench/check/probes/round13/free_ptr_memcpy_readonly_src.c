/* race-free: threads memcpy from a shared source that nobody writes after creation, each into its own destination */
#include <pthread.h>
#include <string.h>
#include <assert.h>
char src[32] = "shared read-only template";
char dst[2][32];
void *w(void *p) { long i = (long)p; memcpy(dst[i], src, sizeof src); dst[i][0] = (char)('A' + i); return NULL; }
int main(void) {
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  assert(dst[1][0] == 'B' && dst[1][1] == 'h');
  return 0;
}
