/* Racy: the stripe is chosen by thread seed instead of by bucket, so two threads can update the same bucket under different locks. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define NB 8
#define S 4
#define NT 3
int bucket[NB];
pthread_mutex_t locks[S];
void *inserter(void *arg) {
  int seed = (int)(intptr_t)arg;
  for (int i = 0; i < 6; i++) {
    int k = (seed * 7 + i * 3) % NB;
    pthread_mutex_lock(&locks[seed % S]);
    bucket[k]++;
    pthread_mutex_unlock(&locks[seed % S]);
  }
  return NULL;
}
int main(void) {
  for (int i = 0; i < S; i++) pthread_mutex_init(&locks[i], NULL);
  pthread_t t[NT];
  for (int i = 0; i < NT; i++) pthread_create(&t[i], NULL, inserter, (void *)(intptr_t)i);
  for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < NB; i++) s += bucket[i];
  printf("%d\n", s);
  return 0;
}
