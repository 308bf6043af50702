/* TRUTH: free — lookup() has several return paths, each unlocks after the last access to cache; all accesses to cache/size are under cm */
#include <pthread.h>
#include <stdint.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }
#define CS 4

int cache_key[CS], cache_val[CS];
int size;
pthread_mutex_t cm = PTHREAD_MUTEX_INITIALIZER;

static int lookup(int key, int *val) {
  int i;
  pthread_mutex_lock(&cm);
  if (size == 0) {
    pthread_mutex_unlock(&cm);
    return -1;
  }
  for (i = 0; i < size; i++) {
    if (cache_key[i] == key) {
      *val = cache_val[i];
      pthread_mutex_unlock(&cm);
      return 0;
    }
  }
  pthread_mutex_unlock(&cm);
  return -1;
}

static int insert(int key, int val) {
  pthread_mutex_lock(&cm);
  if (size == CS) {
    pthread_mutex_unlock(&cm);
    return -1;
  }
  cache_key[size] = key;
  cache_val[size] = val;
  size++;
  pthread_mutex_unlock(&cm);
  return 0;
}

void *client(void *arg) {
  int k = (int)(intptr_t)arg, v;
  if (lookup(k, &v) != 0)
    insert(k, k * 7);
  else if (v != k * 7)
    reach_error();
  return 0;
}

int main(void) {
  pthread_t t[3];
  int i;
  for (i = 0; i < 3; i++) pthread_create(&t[i], 0, client, (void *)(intptr_t)(i % 2));
  for (i = 0; i < 3; i++) pthread_join(t[i], 0);
  return 0;
}
