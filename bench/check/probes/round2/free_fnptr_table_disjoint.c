/* TRUTH: free. A table of {body, arg}: three bodies each write their own global. */
#include <pthread.h>
int x, y, z;
void *wx(void *arg) { x = 1; return NULL; }
void *wy(void *arg) { y = 1; return NULL; }
void *wz(void *arg) { z = 1; return NULL; }
struct job { void *(*fn)(void *); } jobs[3] = { { wx }, { wy }, { wz } };
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, jobs[i].fn, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return x + y + z;
}
