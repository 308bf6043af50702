/* race-free: adjacent chars are separate memory locations; thread i writes only s[i] */
#include <pthread.h>
#include <assert.h>
#define N 4
char s[N + 1];
void *w(void *p) { long i = (long)p; s[i] = (char)('a' + i); return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  assert(s[3] == 'd');
  return 0;
}
