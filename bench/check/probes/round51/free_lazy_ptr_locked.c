/* TRUTH: free — the global cache pointer is checked, allocated and used only while cache_lock is held */
#include <pthread.h>
#include <stdlib.h>
struct cache { int hits; int entries[4]; };
struct cache *cache;
pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;

void *lookup(void *arg)
{
  pthread_mutex_lock(&cache_lock);
  if (cache == NULL) {
    cache = calloc(1, sizeof *cache);
    if (!cache) {
      pthread_mutex_unlock(&cache_lock);
      return NULL;
    }
  }
  cache->hits++;
  cache->entries[(long)arg & 3] = 1;
  pthread_mutex_unlock(&cache_lock);
  return NULL;
}

int main(void)
{
  pthread_t t[3];
  for (long i = 0; i < 3; i++)
    pthread_create(&t[i], 0, lookup, (void *)i);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  free(cache);
  return 0;
}
