/* TRUTH: free — both threads take A then B; x is only accessed holding both, y only holding B */
#include <pthread.h>

pthread_mutex_t A = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t B = PTHREAD_MUTEX_INITIALIZER;
int x, y;

void *t1(void *arg) {
  pthread_mutex_lock(&A);
  pthread_mutex_lock(&B);
  x = x + 1;
  y = x;
  pthread_mutex_unlock(&B);
  pthread_mutex_unlock(&A);
  return 0;
}

void *t2(void *arg) {
  pthread_mutex_lock(&B);
  y = y + 10;
  pthread_mutex_unlock(&B);
  pthread_mutex_lock(&A);
  pthread_mutex_lock(&B);
  x = y;
  pthread_mutex_unlock(&B);
  pthread_mutex_unlock(&A);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x + y;
}
