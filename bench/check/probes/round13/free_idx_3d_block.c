/* race-free: thread (bx,by) derived from a linear id writes block cube[bx][by][*] only */
#include <pthread.h>
#include <assert.h>
#define BX 2
#define BY 2
#define Z 5
int cube[BX][BY][Z];
void *w(void *p) {
  int id = (int)(long)p;
  int bx = id / BY, by = id % BY;
  for (int z = 0; z < Z; z++) cube[bx][by][z] = id;
  return NULL;
}
int main(void) {
  pthread_t t[BX * BY];
  for (int i = 0; i < BX * BY; i++) pthread_create(&t[i], NULL, w, (void *)(long)i);
  for (int i = 0; i < BX * BY; i++) pthread_join(t[i], NULL);
  assert(cube[1][0][4] == 2);
  return 0;
}
