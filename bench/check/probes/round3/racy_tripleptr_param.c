/* TRUTH: racy. f3 increments g via int*** without lock; the other thread increments g
   under m. One side unlocked -> race. */
#include <pthread.h>
int g;
int *p1 = &g;
int **p2 = &p1;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void f3(int ***ppp) { (***ppp)++; }
static void *t1(void *a) { (void)a; f3(&p2); return NULL; }
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return g;
}
