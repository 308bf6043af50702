/* TRUTH: racy — thread i writes hist[i] and also hist[i+1] (smoothing step), so adjacent threads write the same cell */
#include <pthread.h>
#include <stdint.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define NT 3
int hist[NT + 1];

void *smooth(void *arg) {
  int i = (int)(intptr_t)arg;
  hist[i] = i * 2;
  hist[i + 1] = hist[i + 1] + 1;
  return 0;
}

int main(void) {
  pthread_t t[NT];
  int i;
  for (i = 0; i < NT; i++) pthread_create(&t[i], 0, smooth, (void *)(intptr_t)i);
  for (i = 0; i < NT; i++) pthread_join(t[i], 0);
  if (hist[NT] != 1) reach_error();
  return 0;
}
