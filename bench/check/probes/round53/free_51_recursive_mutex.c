/* TRUTH: free — tree_size is only modified under a recursive mutex, re-acquired by the nested helper */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_51_recursive_mutex.c", 4, "reach_error"); }
pthread_mutex_t rm;
int tree_size;

static void add_leaf(void) {
  pthread_mutex_lock(&rm);
  tree_size++;
  pthread_mutex_unlock(&rm);
}
static void add_subtree(int depth) {
  pthread_mutex_lock(&rm);
  tree_size++;
  if (depth > 0) { add_leaf(); add_leaf(); }
  pthread_mutex_unlock(&rm);
}

void *builder(void *arg) {
  add_subtree(1);
  return NULL;
}

int main(void) {
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&rm, &at);
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, builder, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  if (tree_size != 6) reach_error();
  return 0;
}
