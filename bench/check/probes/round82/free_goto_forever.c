/* TRUTH: free — the thread loops forever via goto (calling sleep) before its write; main writes and returns */
#include <pthread.h>
#include <unistd.h>
#include <stdio.h>
int g;
void *t(void *a) { again: sleep(1); goto again; g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  g = 2;
  printf("%d\n", g); return 0;
}
