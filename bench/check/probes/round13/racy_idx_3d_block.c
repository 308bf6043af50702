/* racy: by = id % BX (should be % BY) with BX=2,BY=3 maps ids 0 and 2 to the same block (0,0) */
#include <pthread.h>
#include <assert.h>
#define BX 2
#define BY 3
#define Z 5
int cube[BX][BY][Z];
void *w(void *p) {
  int id = (int)(long)p;
  int bx = id / BY, by = id % BX;
  for (int z = 0; z < Z; z++) cube[bx][by][z] = id;
  return NULL;
}
int main(void) {
  pthread_t t[BX * BY];
  for (int i = 0; i < BX * BY; i++) pthread_create(&t[i], NULL, w, (void *)(long)i);
  for (int i = 0; i < BX * BY; i++) pthread_join(t[i], NULL);
  return cube[0][0][0];
}
