/* racy: thread i writes s[i/2], so threads 0 and 1 write the same char */
#include <pthread.h>
#include <assert.h>
#define N 4
char s[N + 1];
void *w(void *p) { long i = (long)p; s[i / 2] = (char)('a' + i); return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return s[0];
}
