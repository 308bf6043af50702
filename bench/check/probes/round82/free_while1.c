/* TRUTH: free — the thread spins forever in while(1) before its write to g; so the write never happens. main exits via return after join? no: main does not join; main writes g then returns */
#include <pthread.h>
#include <stdio.h>
int g;
void *t(void *a) { while (1) ; g = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  g = 2;
  printf("%d\n", g); return 0;
}
