/* TRUTH: free — S(++g) stringizes: the thread prints the text "++g" and never touches g; main writes g */
#include <pthread.h>
#include <stdio.h>
int g;
#define S(x) #x
static void *t(void *a) { (void)a; puts(S(++g)); return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  g = 5;
  pthread_join(h, 0);
  printf("%d\n", g);
  return 0;
}
