/* TRUTH: free — the malloc'd object reached through global dev is only accessed under dev_lock by threads; main allocates before create and frees after join */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
struct device { int opened; int reads; int writes; };
struct device *dev;
pthread_mutex_t dev_lock = PTHREAD_MUTEX_INITIALIZER;

void *user(void *arg)
{
  pthread_mutex_lock(&dev_lock);
  if (__VERIFIER_nondet_int()) {
    dev->opened++;
    dev->reads++;
  } else {
    dev->writes++;
  }
  pthread_mutex_unlock(&dev_lock);
  return NULL;
}

int main(void)
{
  pthread_t t1, t2;
  dev = malloc(sizeof(struct device));
  if (!dev)
    return 0;
  dev->opened = dev->reads = dev->writes = 0;
  pthread_create(&t1, NULL, user, NULL);
  pthread_create(&t2, NULL, user, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  free(dev);
  return 0;
}
